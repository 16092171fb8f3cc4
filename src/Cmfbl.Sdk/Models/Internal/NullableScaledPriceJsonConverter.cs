using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Models.Internal;

/// <summary>
/// Reads an optional <see cref="ScaledPrice"/>: <c>null</c>, <c>""</c> and <c>"-"</c> (the answers' "not set", e.g.
/// <c>queryHistoryCloseOrderList</c>'s <c>stopLoss</c>) read as <see langword="null"/>; anything else as
/// <see cref="ScaledPriceJsonConverter"/> reads it. Registered on the JSON context, so it serves every
/// <c>ScaledPrice?</c> property.
/// </summary>
internal sealed class NullableScaledPriceJsonConverter : JsonConverter<ScaledPrice?>
{
    public override bool HandleNull => true;

    public override ScaledPrice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals(""u8) || reader.ValueTextEquals("-"u8)))
            ? null
            : ScaledPriceText.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, ScaledPrice? value, JsonSerializerOptions options)
    {
        if (value is { } price)
        {
            ScaledPriceText.Write(writer, price);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

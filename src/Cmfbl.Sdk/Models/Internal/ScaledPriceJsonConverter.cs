using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Models.Internal;

/// <summary>
/// Writes a <see cref="ScaledPrice"/> as a string of its scaled integer (<c>"123456"</c>, the form the order operations
/// document) and reads one from a JSON integer or an integer string, digits unknown. No reflection: trim- and AOT-safe.
/// </summary>
internal sealed class ScaledPriceJsonConverter : JsonConverter<ScaledPrice>
{
    public override ScaledPrice Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ScaledPriceText.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, ScaledPrice value, JsonSerializerOptions options) =>
        ScaledPriceText.Write(writer, value);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>Reads a boolean sent as <c>true</c>, <c>"true"</c>, <c>1</c> or <c>"1"</c> (and their false forms).</summary>
internal sealed class LenientBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetInt64() != 0,
        JsonTokenType.String => ParseString(ref reader),
        _ => throw new JsonException($"Expected a boolean, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    private static bool ParseString(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("1"u8))
        {
            return true;
        }

        if (reader.ValueTextEquals("false"u8) || reader.ValueTextEquals("0"u8) || reader.ValueTextEquals(""u8))
        {
            return false;
        }

        throw new JsonException($"Expected a boolean, found the string '{reader.GetString()}'.");
    }
}

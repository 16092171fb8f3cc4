using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Reads a Unix time in milliseconds (number or numeric string) as a <see cref="DateTimeOffset"/> in UTC.
/// <c>0</c>, <c>""</c> and <c>null</c> read as <see langword="null"/>: the vendor sends 0 for "never".
/// Writes milliseconds.
/// </summary>
internal sealed class UnixMillisecondsConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8)))
        {
            return null;
        }

        if (!NumberText.TryRead(ref reader, out long milliseconds))
        {
            throw new JsonException($"Expected a Unix time in milliseconds, found {reader.TokenType}.");
        }

        if (milliseconds == 0)
        {
            return null;
        }

        return UnixTime.FromMilliseconds(milliseconds);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteNumberValue(time.ToUnixTimeMilliseconds());
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Reads an optional number sent as a JSON number, a numeric string, <c>""</c> or <c>null</c> (the last two read as
/// <see langword="null"/>). Writes a JSON number, or nothing when <see langword="null"/> (with the ignore-null option).
/// </summary>
/// <typeparam name="T">The numeric type.</typeparam>
internal sealed class LenientNullableNumberConverter<T> : JsonConverter<T?>
    where T : struct, INumber<T>
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8)))
        {
            return null;
        }

        return NumberText.TryRead(ref reader, out T value)
            ? value
            : throw new JsonException($"Expected a {typeof(T).Name}, found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is not { } number)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteRawValue(number.ToString(null, CultureInfo.InvariantCulture), skipInputValidation: true);
    }
}

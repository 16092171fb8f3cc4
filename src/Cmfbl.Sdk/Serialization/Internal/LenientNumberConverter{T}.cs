using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Reads a number sent either as a JSON number or as a string (<c>"12.50"</c>), the way the vendor sends money.
/// Writes a JSON number.
/// </summary>
/// <typeparam name="T">The numeric type.</typeparam>
internal sealed class LenientNumberConverter<T> : JsonConverter<T>
    where T : struct, INumber<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NumberText.TryRead(ref reader, out T value)
            ? value
            : throw new JsonException($"Expected a {typeof(T).Name}, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[64];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(buffer[..written], skipInputValidation: true);
            return;
        }

        writer.WriteRawValue(value.ToString(null, CultureInfo.InvariantCulture));
    }
}

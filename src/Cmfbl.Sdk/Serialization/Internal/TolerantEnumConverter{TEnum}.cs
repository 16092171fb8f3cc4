using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Reads an integer-coded enum sent as a number or a numeric string. Values the SDK does not know are kept as they
/// are (an enum can hold any integer), never thrown; <c>""</c> and <c>null</c> read as the enum's zero value.
/// Writes the number.
/// </summary>
/// <typeparam name="TEnum">The enum type (backed by <see cref="int"/>).</typeparam>
internal sealed class TolerantEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override bool HandleNull => false;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(""u8))
        {
            return default;
        }

        if (!NumberText.TryRead(ref reader, out int number))
        {
            if (reader.TokenType == JsonTokenType.String && Enum.TryParse<TEnum>(reader.GetString(), ignoreCase: true, out var named))
            {
                return named;
            }

            throw new JsonException($"Expected a {typeof(TEnum).Name} code, found {reader.TokenType}.");
        }

        return Unsafe.As<int, TEnum>(ref number);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Unsafe.As<TEnum, int>(ref value));
}

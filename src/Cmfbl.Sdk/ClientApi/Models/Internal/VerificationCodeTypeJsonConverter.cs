using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models.Internal;

/// <summary>Writes a <see cref="VerificationCodeType"/> as its string, and reads any non-empty string back.</summary>
internal sealed class VerificationCodeTypeJsonConverter : JsonConverter<VerificationCodeType>
{
    public override VerificationCodeType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a verification code type string, found {reader.TokenType}.");
        }

        var value = reader.GetString();
        return string.IsNullOrWhiteSpace(value)
            ? throw new JsonException("Expected a verification code type, found an empty string.")
            : new VerificationCodeType(value);
    }

    public override void Write(Utf8JsonWriter writer, VerificationCodeType value, JsonSerializerOptions options)
    {
        var text = value.ToString();
        if (text.Length == 0)
        {
            throw new JsonException("A verification code type must be set; default(VerificationCodeType) has no value.");
        }

        writer.WriteStringValue(text);
    }
}

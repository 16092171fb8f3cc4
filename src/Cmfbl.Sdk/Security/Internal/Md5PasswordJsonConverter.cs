using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>Writes an <see cref="Md5Password"/> as its lowercase hex string, and reads one back without hashing it again.</summary>
internal sealed class Md5PasswordJsonConverter : JsonConverter<Md5Password>
{
    public override Md5Password? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        try
        {
            return Md5Password.FromMd5Hex(reader.GetString()!);
        }
        catch (ArgumentException exception)
        {
            throw new JsonException("Expected an MD5 password as 32 hexadecimal characters.", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, Md5Password value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToMd5Hex());
}

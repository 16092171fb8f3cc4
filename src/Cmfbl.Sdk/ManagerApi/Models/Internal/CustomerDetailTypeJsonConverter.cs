using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models.Internal;

/// <summary>Writes a <see cref="CustomerDetailType"/> as its string, and reads any non-empty string back.</summary>
internal sealed class CustomerDetailTypeJsonConverter : JsonConverter<CustomerDetailType>
{
    public override CustomerDetailType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a customer detail type string, found {reader.TokenType}.");
        }

        var value = reader.GetString();
        return string.IsNullOrWhiteSpace(value)
            ? throw new JsonException("Expected a customer detail type, found an empty string.")
            : new CustomerDetailType(value);
    }

    public override void Write(Utf8JsonWriter writer, CustomerDetailType value, JsonSerializerOptions options)
    {
        var text = value.ToString();
        if (text.Length == 0)
        {
            throw new JsonException("A customer detail type must be set; default(CustomerDetailType) has no value.");
        }

        writer.WriteStringValue(text);
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cmfbl.Sdk.AspNetCore.Bridge.Internal;

/// <summary>
/// The Open API's string to sign (REFERENCE §1.4): the body's fields sorted by name (ordinal), <c>null</c> values
/// dropped, JSON without whitespace, every <c>"</c> removed, then the timestamp appended. Nested objects are sorted and
/// stripped of nulls the same way (the vendor does not say; an assumption). Numbers keep their text as received.
/// </summary>
/// <remarks>
/// Kept internal so the SDK's Open API request signer (Cmfbl.Sdk Security, to come) and this verifier can share one
/// implementation later.
/// </remarks>
internal static class OpenApiCanonicalizer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string StringToSign(JsonElement body, string? timestamp)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, body);
        }

        var json = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return json.Replace("\"", string.Empty, StringComparison.Ordinal) + timestamp;
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject()
                    .Where(p => p.Value.ValueKind != JsonValueKind.Null)
                    .OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// The Open API's string to sign (REFERENCE §1.4): the body's fields sorted by name, <c>null</c> values dropped, JSON
/// without whitespace with every <c>"</c> removed, then the <c>timestamp</c> header value appended. One implementation
/// for the SDK's request signer, the Bridge notification verifier (Cmfbl.Sdk.AspNetCore) and the fake server
/// (Cmfbl.Sdk.Testing), which compile this file in through a source link. docs/security.md explains each rule.
/// </summary>
/// <remarks>
/// The vendor documents only flat bodies. The decisions for everything else:
/// <list type="bullet">
/// <item><description>names are sorted by ordinal (UTF-16 code unit) order, as Java's <c>TreeMap</c> sorts them; nested objects are sorted and stripped of nulls the same way;</description></item>
/// <item><description>arrays keep their order, and a <c>null</c> inside an array stays (its position means something);</description></item>
/// <item><description>numbers, <c>true</c> and <c>false</c> keep the exact text of the body (so the SDK signs the bytes it sends: <c>1.50</c> stays <c>1.50</c>);</description></item>
/// <item><description>strings are unescaped, then written as JSON writes them minimally: <c>\</c> as <c>\\</c>, <c>"</c> as <c>\"</c> (which loses its quote with every other one, leaving <c>\</c>), the control characters as <c>\b \f \n \r \t</c> or <c>\u00XX</c>; every other character, non-ASCII included, as itself;</description></item>
/// <item><description>empty strings are kept (only <c>null</c> is dropped); the result is signed as UTF-8.</description></item>
/// </list>
/// </remarks>
internal static class OpenApiCanonicalizer
{
    /// <summary>Returns the string to sign for a JSON body and the timestamp header.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static string StringToSign(ReadOnlyMemory<byte> body, string? timestamp)
    {
        using var document = JsonDocument.Parse(body);
        return StringToSign(document.RootElement, timestamp);
    }

    /// <summary>Returns the string to sign for a parsed JSON body and the timestamp header.</summary>
    public static string StringToSign(JsonElement body, string? timestamp)
    {
        var text = new StringBuilder(256);
        Write(text, body);
        return text.Append(timestamp).ToString();
    }

    private static void Write(StringBuilder text, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<JsonProperty>();
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.Null)
                    {
                        properties.Add(property);
                    }
                }

                properties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
                text.Append('{');
                for (var i = 0; i < properties.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    WriteString(text, properties[i].Name);
                    text.Append(':');
                    Write(text, properties[i].Value);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(',');
                    }

                    first = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, element.GetString()!);
                break;
            default:
                // Numbers, true, false and null (inside arrays) keep their text exactly as the body has it.
                text.Append(element.GetRawText());
                break;
        }
    }

    /// <summary>Writes a string as minimally escaped JSON, without the quotes (the canonical string removes every one).</summary>
    private static void WriteString(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append('\\');
                    break;
                case '\\':
                    text.Append(@"\\");
                    break;
                case '\b':
                    text.Append(@"\b");
                    break;
                case '\f':
                    text.Append(@"\f");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    text.Append(@"\r");
                    break;
                case '\t':
                    text.Append(@"\t");
                    break;
                case < ' ':
                    text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }
    }
}

using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Where one JSON value sits in a response body, and what kind of token starts it.</summary>
internal readonly record struct JsonSlice(int Start, int Length, JsonTokenType TokenType)
{
    /// <summary>Gets whether the property was present at all.</summary>
    public bool IsPresent => Length > 0;

    /// <summary>Gets whether the value is the success code <c>0</c>, as the string <c>"0"</c> or the number <c>0</c>.</summary>
    public bool IsSuccessCode(ReadOnlySpan<byte> body) => TokenType switch
    {
        JsonTokenType.String => body.Slice(Start, Length).SequenceEqual("\"0\""u8),
        JsonTokenType.Number => body.Slice(Start, Length).SequenceEqual("0"u8),
        _ => false,
    };

    /// <summary>
    /// Gets the value as text: strings unescaped, numbers and booleans as written, null and absent as null. A string that
    /// is not valid UTF-8 is read with replacement characters rather than failing.
    /// </summary>
    public string? GetText(ReadOnlySpan<byte> body)
    {
        if (!IsPresent || TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var value = body.Slice(Start, Length);
        if (TokenType != JsonTokenType.String)
        {
            return Encoding.UTF8.GetString(value);
        }

        var reader = new Utf8JsonReader(value);
        reader.Read();
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Not valid UTF-8, or an escaped lone surrogate: keep what can be read rather than lose the whole answer.
            return Encoding.UTF8.GetString(value[1..^1]);
        }
    }
}

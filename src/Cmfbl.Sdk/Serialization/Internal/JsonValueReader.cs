using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>Reads one JSON value in a single pass with its type's converter.</summary>
internal static class JsonValueReader
{
    /// <summary>
    /// Reads the value that starts at the reader's current token and leaves the reader on its last token; JSON
    /// <c>null</c> reads as <see langword="default"/> unless the converter takes nulls itself.
    /// </summary>
    /// <remarks>
    /// Calls the converter directly: <see cref="JsonSerializer.Deserialize{TValue}(ref Utf8JsonReader, JsonTypeInfo{TValue})"/>
    /// first skips over the value to find its end, so every value read through it (each record of a page, say) is
    /// tokenized twice.
    /// </remarks>
    public static T? Read<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
    {
        var converter = (JsonConverter<T>)typeInfo.Converter;
        return reader.TokenType == JsonTokenType.Null && !converter.HandleNull
            ? default
            : converter.Read(ref reader, typeof(T), typeInfo.Options);
    }
}

using System.Text.Json;
using System.Text.Unicode;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads the JSON of message and Manager frames as strictly as the SDK reads its other answers: text that is not
/// UTF-8, or a string that cannot be read as text (an escaped lone surrogate), is a <see cref="JsonException"/> here,
/// and never an <see cref="InvalidOperationException"/> later from <see cref="JsonElement.GetString"/> or
/// <c>ToString()</c>, in the receive loop or in the consumer's hands.
/// </summary>
internal static class StreamJson
{
    /// <exception cref="JsonException"><paramref name="frame"/> is not UTF-8 text.</exception>
    public static void EnsureUtf8(ReadOnlySpan<byte> frame)
    {
        if (!Utf8.IsValid(frame))
        {
            throw new JsonException("The frame is not UTF-8 text.");
        }
    }

    /// <summary>Parses one value into an element that needs no disposing, with every string in it checked (<see cref="CheckedJsonElementConverter"/>).</summary>
    public static JsonElement Element(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.JsonElement);

    /// <summary>Reads the current string token; an escaped lone surrogate is a <see cref="JsonException"/>.</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException exception)
        {
            throw new JsonException("A string in the frame cannot be read as text.", exception);
        }
    }
}

using System.Buffers.Text;
using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models.Internal;

/// <summary>The wire form of a <see cref="ScaledPrice"/>, shared by its two converters.</summary>
internal static class ScaledPriceText
{
    /// <summary>
    /// Reads a JSON integer or integer string (<c>123456</c>, <c>"123456"</c>; <c>1230.00</c> too, since its value is
    /// whole) as a scaled price whose digits are unknown: the answer carries them in another field.
    /// </summary>
    public static ScaledPrice Read(ref Utf8JsonReader reader) =>
        NumberText.TryRead(ref reader, out long scaled)
            ? ScaledPrice.FromWire(scaled)
            : throw new JsonException($"Expected a scaled price (a whole number: the price times 10^digits), found {Describe(ref reader)}.");

    /// <summary>Writes the scaled integer as a JSON string.</summary>
    public static void Write(Utf8JsonWriter writer, ScaledPrice value)
    {
        Span<byte> digits = stackalloc byte[20]; // long.MinValue is 20 characters
        Utf8Formatter.TryFormat(value.Scaled, digits, out var written);
        writer.WriteStringValue(digits[..written]);
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.Number => "a value that is not a whole 64-bit integer",
        var token => token.ToString(),
    };
}

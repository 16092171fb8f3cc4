using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>Parses a JSON number or numeric string token into any numeric type, invariant culture.</summary>
internal static class NumberText
{
    private const NumberStyles Styles = NumberStyles.Float;

    public static bool TryRead<T>(ref Utf8JsonReader reader, out T value)
        where T : struct, INumber<T>
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            value = default;
            return false;
        }

        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            var text = reader.TokenType == JsonTokenType.String
                ? reader.GetString()
                : System.Text.Encoding.UTF8.GetString(reader.ValueSequence.ToArray());
            return T.TryParse(text?.Trim(), Styles, CultureInfo.InvariantCulture, out value);
        }

        var span = reader.ValueSpan;
        return TryParseExact(span, out value)
            || T.TryParse(span.Trim(" "u8), Styles, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The fast path for the types the models use most (<see cref="int"/>, <see cref="long"/>, <see cref="decimal"/>):
    /// <see cref="Utf8Parser"/> on the whole token, no culture or style lookup. Anything it does not take whole
    /// (spaces, exponents on integers, <c>1.0</c> for an integer) falls through to the general parse.
    /// </summary>
    private static bool TryParseExact<T>(ReadOnlySpan<byte> span, out T value)
        where T : struct, INumber<T>
    {
        int consumed;
        bool parsed;
        if (typeof(T) == typeof(long))
        {
            parsed = Utf8Parser.TryParse(span, out long number, out consumed);
            value = Unsafe.As<long, T>(ref number);
        }
        else if (typeof(T) == typeof(int))
        {
            parsed = Utf8Parser.TryParse(span, out int number, out consumed);
            value = Unsafe.As<int, T>(ref number);
        }
        else if (typeof(T) == typeof(decimal))
        {
            parsed = Utf8Parser.TryParse(span, out decimal number, out consumed);
            value = Unsafe.As<decimal, T>(ref number);
        }
        else
        {
            value = default;
            return false;
        }

        if (parsed && consumed == span.Length)
        {
            return true;
        }

        value = default;
        return false;
    }
}

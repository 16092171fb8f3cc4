using System.Buffers.Text;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Parses a decimal number from UTF-8 text exactly, never through <see cref="double"/>: up to 19 digits become a 64-bit
/// mantissa and a scale (so <c>65000.50</c> keeps its two decimals); anything longer, or with an exponent, goes to
/// <see cref="Utf8Parser"/>, which is exact too.
/// </summary>
internal static class DecimalText
{
    public static bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                if (++digits > 19)
                {
                    return Fallback(text, out value);
                }

                mantissa = (mantissa * 10) + digit;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (text[i] == '.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return Fallback(text, out value);
            }
        }

        if (digits == 0 || scale > 28)
        {
            return Fallback(text, out value);
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    private static bool Fallback(ReadOnlySpan<byte> text, out decimal value) =>
        Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length && text.Length > 0;
}

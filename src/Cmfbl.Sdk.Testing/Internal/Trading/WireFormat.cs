using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>How amounts and prices go on the wire: fixed-digit decimal strings, or integers scaled by 10^digits.</summary>
internal static class WireFormat
{
    public static string Fixed(decimal value, int digits) =>
        Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The value without trailing zeros (a quantity of 0.1 × 100 000 goes out as 10000, not 10000.0).</summary>
    public static decimal Trim(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The value × 10^digits as an integer (deal prices, fees and P&amp;L).</summary>
    public static long Scaled(decimal value, int digits) => (long)Math.Round(value * Factor(digits), MidpointRounding.AwayFromZero);

    /// <summary>A scaled integer back as a fixed-digit decimal string (<c>stopLossDecimal</c>).</summary>
    public static string Unscaled(long scaled, int digits) => Fixed(scaled / Factor(digits), digits);

    /// <summary>A scaled integer back as a decimal.</summary>
    public static decimal ToDecimal(long scaled, int digits) => scaled / Factor(digits);

    private static decimal Factor(int digits)
    {
        var factor = 1m;
        for (var i = 0; i < digits; i++)
        {
            factor *= 10;
        }

        return factor;
    }
}

using System.Globalization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Tests.Models;

/// <summary>A price becomes the wire's integer exactly, or fails with a typed error before anything is sent.</summary>
public class ScaledPriceTests
{
    [Theory]
    [InlineData("1.23456", 5, 123456L)]
    [InlineData("1.23", 3, 1230L)] // the vendor's order workflow example
    [InlineData("1.2300000", 2, 123L)] // trailing zeros beyond the digits are not decimals
    [InlineData("22.25", 2, 2225L)]
    [InlineData("0", 5, 0L)]
    [InlineData("0.00000", 2, 0L)]
    [InlineData("7", 0, 7L)]
    [InlineData("12345678.12345678", 8, 1234567812345678L)]
    [InlineData("0.000000000000000001", 18, 1L)]
    [InlineData("1", 18, 1_000_000_000_000_000_000L)]
    [InlineData("9.223372036854775807", 18, long.MaxValue)]
    [InlineData("9223372036854775807", 0, long.MaxValue)]
    public void From_ExactPrice_ScalesByTenToTheDigits(string price, int digits, long expected)
    {
        var value = decimal.Parse(price, CultureInfo.InvariantCulture);

        var scaled = ScaledPrice.From(value, digits);

        Assert.Equal(expected, scaled.Scaled);
        Assert.Equal(digits, scaled.Digits);
        Assert.Equal(value, scaled.ToDecimal());
    }

    [Fact]
    public void From_DecimalSumOfTenthAndFifth_IsExactlyThree()
    {
        var price = 0.1m + 0.2m;

        Assert.Equal(3L, ScaledPrice.From(price, 1).Scaled);
        Assert.Equal(30L, ScaledPrice.From(price, 2).Scaled);
        Assert.Equal(0.3m, ScaledPrice.From(price, 2).ToDecimal());
    }

    [Theory]
    [InlineData("1.005", 2)] // in double arithmetic 1.005 * 100 is 100.49999…, which a cast would silently turn into 100
    [InlineData("2.675", 2)] // and 2.675 * 100 is 267.49999…
    [InlineData("1.234567", 5)]
    [InlineData("0.5", 0)]
    [InlineData("0.0000000000000000001", 18)]
    public void From_MoreDecimalsThanDigits_ThrowsArgumentExceptionNamingPrice(string price, int digits)
    {
        var exception = Assert.Throws<ArgumentException>(() => ScaledPrice.From(decimal.Parse(price, CultureInfo.InvariantCulture), digits));

        Assert.Equal("price", exception.ParamName);
        Assert.Contains(price, exception.Message, StringComparison.Ordinal);
        Assert.Contains("FromRounded", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-0.01", 2)]
    [InlineData("-1", 0)]
    public void From_NegativePrice_ThrowsArgumentOutOfRange(string price, int digits)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.From(decimal.Parse(price, CultureInfo.InvariantCulture), digits));

        Assert.Equal("price", exception.ParamName);
    }

    [Theory]
    [InlineData("9.223372036854775808", 18)]
    [InlineData("9223372036854775808", 0)]
    [InlineData("92233720368547758.08", 2)]
    [InlineData("79228162514264337593543950335", 0)] // decimal.MaxValue: fails as out of range, not with an OverflowException
    [InlineData("79228162514264337593543950335", 18)]
    public void From_TooLargeForTheWireInteger_ThrowsArgumentOutOfRange(string price, int digits)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.From(decimal.Parse(price, CultureInfo.InvariantCulture), digits));

        Assert.Equal("price", exception.ParamName);
        Assert.Contains("64-bit", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    [InlineData(int.MinValue)]
    public void From_DigitsOutOfRange_ThrowsArgumentOutOfRangeNamingDigits(int digits)
    {
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.From(1m, digits)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.FromScaled(1, digits)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.FromRounded(1m, digits, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("digits", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.FromScaled(1).WithDigits(digits)).ParamName);
    }

    [Fact]
    public void From_SymbolDigitsPresent_Scales()
    {
        int? symbolDigits = 5; // as a symbol list entry carries symbolDigits

        Assert.Equal(ScaledPrice.From(1.2m, 5), ScaledPrice.From(1.2m, symbolDigits));
    }

    [Fact]
    public void From_SymbolDigitsMissing_ThrowsArgumentNullNamingTheField()
    {
        int? symbolDigits = null;

        var exception = Assert.Throws<ArgumentNullException>(() => ScaledPrice.From(1.2m, symbolDigits));

        Assert.Equal("digits", exception.ParamName);
        Assert.Contains("symbolDigits", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", 1, true, 15L)]
    [InlineData("0", 0, true, 0L)]
    [InlineData("1.005", 2, false, 0L)]
    [InlineData("-1", 1, false, 0L)]
    [InlineData("1", 19, false, 0L)]
    [InlineData("79228162514264337593543950335", 0, false, 0L)]
    public void TryFrom_ReturnsFalseWhereFromThrows(string price, int digits, bool expectedOk, long expectedScaled)
    {
        var value = decimal.Parse(price, CultureInfo.InvariantCulture);

        var ok = ScaledPrice.TryFrom(value, digits, out var result);

        Assert.Equal(expectedOk, ok);
        Assert.Equal(expectedOk, Record.Exception(() => ScaledPrice.From(value, digits)) is null);
        Assert.Equal(expectedOk ? ScaledPrice.FromScaled(expectedScaled, digits) : default, result);
    }

    [Theory]
    [InlineData("2.675", 2, MidpointRounding.AwayFromZero, 268L)] // double rounding gives 2.67 here
    [InlineData("2.675", 2, MidpointRounding.ToEven, 268L)]
    [InlineData("2.665", 2, MidpointRounding.ToEven, 266L)]
    [InlineData("1.23456", 3, MidpointRounding.ToZero, 1234L)]
    [InlineData("1.23456", 3, MidpointRounding.ToPositiveInfinity, 1235L)]
    [InlineData("1.2", 4, MidpointRounding.ToEven, 12000L)]
    public void FromRounded_RoundsAsAskedThenScales(string price, int digits, MidpointRounding rounding, long expected) =>
        Assert.Equal(expected, ScaledPrice.FromRounded(decimal.Parse(price, CultureInfo.InvariantCulture), digits, rounding).Scaled);

    [Fact]
    public void FromScaled_WithDigits_IsThePrice()
    {
        var price = ScaledPrice.FromScaled(123, 2);

        Assert.Equal(1.23m, price.ToDecimal());
        Assert.Equal(ScaledPrice.From(1.23m, 2), price);
    }

    [Fact]
    public void FromScaled_Negative_ThrowsArgumentOutOfRange()
    {
        Assert.Equal("scaled", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.FromScaled(-1)).ParamName);
        Assert.Equal("scaled", Assert.Throws<ArgumentOutOfRangeException>(() => ScaledPrice.FromScaled(-1, 2)).ParamName);
    }

    [Fact]
    public void FromScaled_WithoutDigits_KnowsOnlyTheInteger()
    {
        var raw = ScaledPrice.FromScaled(123456);

        Assert.Null(raw.Digits);
        Assert.Equal(123456L, raw.Scaled);
        var exception = Assert.Throws<InvalidOperationException>(() => raw.ToDecimal());
        Assert.Contains("ToDecimal(digits)", exception.Message, StringComparison.Ordinal);
        Assert.Equal(1.23456m, raw.ToDecimal(5));
        Assert.Equal(1234.56m, raw.ToDecimal(2));
        Assert.Equal(ScaledPrice.FromScaled(123456, 5), raw.WithDigits(5));
    }

    [Fact]
    public void WithDigits_SameDigits_ReturnsTheSameValue_OtherDigits_Throw()
    {
        var price = ScaledPrice.From(1.23m, 2);

        Assert.Equal(price, price.WithDigits(2));
        Assert.Equal(1.23m, price.ToDecimal(2));
        Assert.Equal("digits", Assert.Throws<ArgumentException>(() => price.WithDigits(3)).ParamName);
        Assert.Throws<ArgumentException>(() => price.ToDecimal(3));
    }

    [Fact]
    public void ToDecimal_KeepsExactlyTheDigits()
    {
        Assert.Equal("1.23000", ScaledPrice.From(1.23m, 5).ToDecimal().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(9.223372036854775807m, ScaledPrice.FromScaled(long.MaxValue, 18).ToDecimal());
        Assert.Equal(long.MaxValue, ScaledPrice.FromScaled(long.MaxValue, 0).ToDecimal());
    }

    [Fact]
    public void Equality_IsTheScaledIntegerAndTheDigits()
    {
        var a = ScaledPrice.From(1.23m, 2);
        var b = ScaledPrice.FromScaled(123, 2);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ScaledPrice.From(1.23m, 3)); // 1230 on a 3-digit symbol is another wire value
        Assert.NotEqual(a, ScaledPrice.FromScaled(123)); // digits known vs not known
        Assert.False(a.Equals("1.23"));
        Assert.Equal(default, ScaledPrice.FromScaled(0));
    }

    [Fact]
    public void ToString_ShowsTheDecimal_InvariantCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("1.23456", ScaledPrice.From(1.23456m, 5).ToString());
            Assert.Equal("1.50", ScaledPrice.From(1.5m, 2).ToString());
            Assert.Equal("123456 (scaled, digits unknown)", ScaledPrice.FromScaled(123456).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void MaxDigits_IsTheLargestPowerOfTenALongHolds()
    {
        Assert.Equal(18, ScaledPrice.MaxDigits);
        Assert.Equal(1_000_000_000_000_000_000L, ScaledPrice.From(1m, ScaledPrice.MaxDigits).Scaled);
    }
}

using System.Globalization;
using System.Text;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Prices are read exactly, with the scale sent, never through double.</summary>
public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("6.23", "6.23")]
    [InlineData("65000.50", "65000.50")]
    [InlineData("-0.001", "-0.001")]
    [InlineData("+12", "12")]
    [InlineData("0.1000000000000000000001", "0.1000000000000000000001")]
    [InlineData("9999999999999999999", "9999999999999999999")]
    [InlineData("12345678901234567890.5", "12345678901234567890.5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    public void TryParse_Number_IsExactWithItsScale(string text, string expected)
    {
        Assert.True(DecimalText.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void TryParse_Exponent_IsReadByTheExactFallback()
    {
        Assert.True(DecimalText.TryParse("1.5E3"u8, out var value));
        Assert.Equal(1500m, value);
    }

    [Fact]
    public void TryParse_SumOfTenths_IsExact()
    {
        Assert.True(DecimalText.TryParse("0.1"u8, out var tenth));
        Assert.True(DecimalText.TryParse("0.2"u8, out var fifth));

        Assert.Equal(0.3m, tenth + fifth);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData("1 ")]
    [InlineData("--")]
    public void TryParse_NotANumber_Fails(string text) => Assert.False(DecimalText.TryParse(Encoding.ASCII.GetBytes(text), out _));
}

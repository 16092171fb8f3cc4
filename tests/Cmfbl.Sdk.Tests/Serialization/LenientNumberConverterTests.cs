using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class LenientNumberConverterTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new LenientNumberConverter<decimal>(), new LenientNumberConverter<int>() },
    };

    [Theory]
    [InlineData("\"12.50\"", "12.50")]
    [InlineData("12.5", "12.5")]
    [InlineData("\" 7 \"", "7")]
    public void ReadDecimal_NumberOrString_ReturnsValue(string json, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), JsonSerializer.Deserialize<decimal>(json, Options));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"abc\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    public void ReadDecimal_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<decimal>(json, Options));

    [Theory]
    [InlineData("\"12\"", 12)]
    [InlineData("12", 12)]
    public void ReadInt32_NumberOrString_ReturnsValue(string json, int expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<int>(json, Options));

    [Theory]
    [InlineData("\"12.5\"")]
    [InlineData("99999999999")]
    public void ReadInt32_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<int>(json, Options));

    [Fact]
    public void Write_Value_WritesJsonNumber()
    {
        Assert.Equal("12.50", JsonSerializer.Serialize(12.50m, Options));
        Assert.Equal("-3", JsonSerializer.Serialize(-3, Options));
    }
}

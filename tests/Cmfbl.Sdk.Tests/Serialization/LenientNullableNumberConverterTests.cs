using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class LenientNullableNumberConverterTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("\"12\"", 12)]
    [InlineData("\" 12 \"", 12)]
    [InlineData("-3", -3)]
    [InlineData("\"-3\"", -3)]
    [InlineData("0", 0)]
    public void ReadInt32_NumberOrNumericString_ReturnsValue(string json, int expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableInt32));

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void ReadInt32_NullOrEmptyString_ReturnsNull(string json) =>
        Assert.Null(JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableInt32));

    [Theory]
    [InlineData("12.5")]
    [InlineData("\"12.5\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"1,000\"")]
    [InlineData("3000000000")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void ReadInt32_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableInt32));

    [Theory]
    [InlineData("1661227305000", 1661227305000L)]
    [InlineData("\"1661227305000\"", 1661227305000L)]
    [InlineData("\"12\"", 12L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void ReadInt64_NumberOrNumericString_ReturnsValue(string json, long expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableInt64));

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("\"x12\"")]
    public void ReadInt64_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableInt64));

    [Theory]
    [InlineData("\"100.50\"", "100.50")]
    [InlineData("100.5", "100.5")]
    [InlineData("\"47.319290\"", "47.319290")]
    [InlineData("\"0\"", "0")]
    [InlineData("\"-0.000001\"", "-0.000001")]
    [InlineData("\"10000000.000000\"", "10000000.000000")]
    [InlineData("1E2", "100")]
    public void ReadDecimal_NumberOrDecimalString_ReturnsExactValue(string json, string expected)
    {
        var value = JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableDecimal);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void ReadDecimal_DecimalString_KeepsScale()
    {
        var value = JsonSerializer.Deserialize("\"100.50\"", CmfblJsonContext.Default.NullableDecimal);

        Assert.Equal("100.50", value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"12,50\"")]
    [InlineData("\"1e400\"")]
    [InlineData("false")]
    public void ReadDecimal_InvalidInput_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableDecimal));

    [Fact]
    public void Write_Value_WritesJsonNumber()
    {
        Assert.Equal("12", JsonSerializer.Serialize((int?)12, CmfblJsonContext.Default.NullableInt32));
        Assert.Equal("1661227305000", JsonSerializer.Serialize((long?)1661227305000, CmfblJsonContext.Default.NullableInt64));
        Assert.Equal("100.50", JsonSerializer.Serialize((decimal?)100.50m, CmfblJsonContext.Default.NullableDecimal));
    }

    [Fact]
    public void Write_Null_WritesJsonNull() =>
        Assert.Equal("null", JsonSerializer.Serialize((int?)null, CmfblJsonContext.Default.NullableInt32));
}

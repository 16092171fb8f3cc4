using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class UnixMillisecondsConverterTests
{
    private static readonly DateTimeOffset Expected = new(2022, 8, 23, 4, 1, 45, TimeSpan.Zero);

    private static DateTimeOffset? Read(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableDateTimeOffset);

    [Theory]
    [InlineData("1661227305000")]
    [InlineData("\"1661227305000\"")]
    [InlineData("\" 1661227305000 \"")]
    public void Read_MillisecondsAsNumberOrString_ReturnsUtcTime(string json)
    {
        var value = Read(json);

        Assert.Equal(Expected, value);
        Assert.Equal(TimeSpan.Zero, value!.Value.Offset);
    }

    [Fact]
    public void Read_OneMillisecond_ReturnsEpochPlusOneMillisecond() =>
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMilliseconds(1), Read("1"));

    [Fact]
    public void Read_Negative_ReturnsTimeBeforeEpoch() =>
        Assert.Equal(DateTimeOffset.UnixEpoch.AddMilliseconds(-1), Read("-1"));

    [Theory]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    public void Read_ZeroEmptyOrNull_ReturnsNull(string json) => Assert.Null(Read(json));

    [Theory]
    [InlineData("1661227305000.5")]
    [InlineData("\"2022-08-23T04:01:45Z\"")]
    [InlineData("\"abc\"")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Read_InvalidInput_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData("99999999999999999")]
    [InlineData("-99999999999999999")]
    public void Read_OutOfRange_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Write_Time_WritesMilliseconds() =>
        Assert.Equal("1661227305000", JsonSerializer.Serialize((DateTimeOffset?)Expected, CmfblJsonContext.Default.NullableDateTimeOffset));

    [Fact]
    public void Write_NonUtcTime_WritesSameInstant() =>
        Assert.Equal(
            "1661227305000",
            JsonSerializer.Serialize((DateTimeOffset?)Expected.ToOffset(TimeSpan.FromHours(8)), CmfblJsonContext.Default.NullableDateTimeOffset));

    [Fact]
    public void Write_Null_WritesJsonNull() =>
        Assert.Equal("null", JsonSerializer.Serialize((DateTimeOffset?)null, CmfblJsonContext.Default.NullableDateTimeOffset));
}

using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class TolerantEnumConverterTests
{
    private static CustomerStatus Read(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.CustomerStatus);

    private static CustomerStatus? ReadNullable(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableCustomerStatus);

    [Theory]
    [InlineData("1", CustomerStatus.Normal)]
    [InlineData("2", CustomerStatus.Disabled)]
    [InlineData("\"2\"", CustomerStatus.Disabled)]
    [InlineData("\" 6 \"", CustomerStatus.Closing)]
    [InlineData("\"Locked\"", CustomerStatus.Locked)]
    [InlineData("\"locked\"", CustomerStatus.Locked)]
    public void Read_CodeAsNumberStringOrName_ReturnsMember(string json, CustomerStatus expected) => Assert.Equal(expected, Read(json));

    [Theory]
    [InlineData("99", 99)]
    [InlineData("\"99\"", 99)]
    [InlineData("0", 0)]
    [InlineData("-7", -7)]
    public void Read_UnknownCode_KeepsNumber(string json, int expected) => Assert.Equal(expected, (int)Read(json));

    [Fact]
    public void Read_EmptyString_ReturnsZero() => Assert.Equal(0, (int)Read("\"\""));

    [Fact]
    public void Read_NegativeMember_ReturnsMember() =>
        Assert.Equal(KycStatus.PartiallyVerified, JsonSerializer.Deserialize("-1", CmfblJsonContext.Default.KycStatus));

    [Fact]
    public void Read_NullIntoNullable_ReturnsNull() => Assert.Null(ReadNullable("null"));

    [Fact]
    public void Read_StringIntoNullable_ReturnsMember() => Assert.Equal(CustomerStatus.Disabled, ReadNullable("\"2\""));

    [Theory]
    [InlineData("null")]
    [InlineData("1.5")]
    [InlineData("\"1.5\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"99999999999\"")]
    [InlineData("99999999999")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Read_InvalidInput_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData(CustomerStatus.Locked, "5")]
    [InlineData((CustomerStatus)99, "99")]
    public void Write_Member_WritesNumber(CustomerStatus value, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(value, CmfblJsonContext.Default.CustomerStatus));
}

using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class LenientBooleanConverterTests
{
    private static bool Read(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.Boolean);

    private static bool? ReadNullable(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.NullableBoolean);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("2", true)]
    [InlineData("\"true\"", true)]
    [InlineData("\"1\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"0\"", false)]
    [InlineData("\"\"", false)]
    public void Read_BooleanNumberOrString_ReturnsValue(string json, bool expected) => Assert.Equal(expected, Read(json));

    [Fact]
    public void Read_NullIntoNullable_ReturnsNull() => Assert.Null(ReadNullable("null"));

    [Fact]
    public void Read_NumberIntoNullable_ReturnsValue() => Assert.True(ReadNullable("1"));

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"TRUE\"")]
    [InlineData("\"2\"")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("null")]
    public void Read_InvalidInput_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e40")]
    public void Read_NonIntegerNumber_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Write_Boolean_WritesJsonBoolean(bool value, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(value, CmfblJsonContext.Default.Boolean));
}

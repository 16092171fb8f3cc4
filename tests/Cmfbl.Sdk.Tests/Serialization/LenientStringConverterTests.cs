using System.Text.Json;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class LenientStringConverterTests
{
    private static string? Read(string json) => JsonSerializer.Deserialize(json, CmfblJsonContext.Default.String);

    [Theory]
    [InlineData("\"86000020\"", "86000020")]
    [InlineData("\"\"", "")]
    [InlineData("\"text\"", "text")]
    [InlineData("\"caf\\u00e9\"", "café")]
    [InlineData("86000020", "86000020")]
    [InlineData("-12.50", "-12.50")]
    [InlineData("1e3", "1e3")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void Read_StringNumberOrBoolean_ReturnsText(string json, string expected) => Assert.Equal(expected, Read(json));

    [Fact]
    public void Read_Null_ReturnsNull() => Assert.Null(Read("null"));

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"a\":1}")]
    [InlineData("[\"a\"]")]
    public void Read_ObjectOrArray_ThrowsJsonException(string json) => Assert.Throws<JsonException>(() => Read(json));

    [Fact]
    public void Write_String_WritesJsonString() =>
        Assert.Equal("\"86000020\"", JsonSerializer.Serialize("86000020", CmfblJsonContext.Default.String));
}

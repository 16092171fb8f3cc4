using System.Text.Json;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Serialization;

public class Md5PasswordJsonConverterTests
{
    private static readonly JsonSerializerOptions Options = new(CmfblJsonResolver.Options);

    [Fact]
    public void Write_PlainTextPassword_WritesLowercaseMd5Hex()
    {
        var request = new AddCustomerRequest
        {
            Phone = "13800138000",
            Password = Md5Password.FromPlainText("a123456"),
            Country = "US",
            RegisterSource = RegisterSource.System,
            CustomerGroupId = 1,
        };

        Assert.Contains("\"pwd\":\"dc483e80a7a0bd9ef71d8cf973673924\"", JsonSerializer.Serialize(request, ManagerJsonContext.Default.AddCustomerRequest), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Hex_ReturnsPasswordWithoutHashingAgain()
    {
        var password = JsonSerializer.Deserialize<Md5Password>("\"DC483E80A7A0BD9EF71D8CF973673924\"", Options);

        Assert.Equal("dc483e80a7a0bd9ef71d8cf973673924", password!.ToMd5Hex());
    }

    [Fact]
    public void Read_Null_ReturnsNull() => Assert.Null(JsonSerializer.Deserialize<Md5Password>("null", Options));

    [Theory]
    [InlineData("12")]
    [InlineData("{}")]
    public void Read_NonString_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Md5Password>(json, Options));

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"a123456\"")]
    public void Read_NotMd5Hex_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Md5Password>(json, Options));
}

using System.Text.Json;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.Tests.Security;

public sealed class Md5PasswordTests
{
    public static TheoryData<string, string> Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "test-vectors.json")));
        var data = new TheoryData<string, string>();
        foreach (var vector in document.RootElement.GetProperty("passwordMd5").EnumerateArray())
        {
            data.Add(vector.GetProperty("plain").GetString()!, vector.GetProperty("md5HexLower").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void FromPlainText_KnownVector_GivesLowercaseHexMd5(string plain, string md5HexLower)
    {
        Assert.Equal(md5HexLower, Md5Password.FromPlainText(plain).ToMd5Hex());
    }

    [Fact]
    public void FromMd5Hex_DoesNotHashAgain_AndNormalisesCase()
    {
        var password = Md5Password.FromMd5Hex("DC483E80A7A0BD9EF71D8CF973673924");

        Assert.Equal("dc483e80a7a0bd9ef71d8cf973673924", password.ToMd5Hex());
        Assert.Equal(Md5Password.FromPlainText("a123456"), password);
    }

    [Theory]
    [InlineData("a123456")]
    [InlineData("dc483e80a7a0bd9ef71d8cf97367392")]
    [InlineData("zc483e80a7a0bd9ef71d8cf973673924")]
    public void FromMd5Hex_NotAnMd5_ThrowsAndPointsToFromPlainText(string value)
    {
        var exception = Assert.Throws<ArgumentException>(() => Md5Password.FromMd5Hex(value));

        Assert.Contains("FromPlainText", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPlainText_Empty_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => Md5Password.FromPlainText(""));
    }

    [Fact]
    public void ToString_PrintsNoSecret()
    {
        var password = Md5Password.FromPlainText("a123456");

        Assert.Equal("***", password.ToString());
        Assert.Equal("***", $"{password}");
    }

    [Fact]
    public void FromPlainText_NonAscii_HashesUtf8()
    {
        // md5("пароль") over UTF-8 bytes
        Assert.Equal("e242f36f4f95f12966da8fa2efd59992", Md5Password.FromPlainText("пароль").ToMd5Hex());
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Security;

/// <summary>The body signature and encryption of REFERENCE §1.3: MD5 vectors, and encrypted bodies that decrypt to the original with the test key.</summary>
public sealed class BodyEncryptionTests
{
    [Fact]
    public void Signature_DocumentsVector_IsTheDocumentsMd5()
    {
        var vector = SigningVectors.BodyMd5.GetProperty("vectors")[0];
        var timestamp = vector.GetProperty("timestamp").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = JsonNode.Parse(vector.GetProperty("body").GetRawText())!.AsObject();
        body["timestamp"] = vector.GetProperty("timestamp").GetInt64();

        Assert.Equal(vector.GetProperty("stringToHash").GetString(), CompanyBodyCipher.StringToHash(body, timestamp));
        Assert.Equal(vector.GetProperty("md5HexUpper").GetString(), CompanyBodyCipher.Signature(body, timestamp));
    }

    [Fact]
    public void Signature_VendorDemoString_IsTheDemosMd5()
    {
        // RSAUtil.main of the vendor's demo: {"parentCode":"USDT"} at 1722093946335.
        var body = new JsonObject { ["parentCode"] = "USDT", ["timestamp"] = 1722093946335 };

        Assert.Equal("timestamp=1722093946335&parentCode=USDT&timestamp=1722093946335", CompanyBodyCipher.StringToHash(body, "1722093946335"));
        Assert.Equal("5EF9837436D52991C79B7C0C4B007DAE", CompanyBodyCipher.Signature(body, "1722093946335"));
    }

    [Fact]
    public void StringToHash_SignsOnlyNonEmptyStringsAndNumbers_InOrdinalOrder()
    {
        var body = JsonNode.Parse("""{"b":"2","A":1.50,"e":"","n":null,"t":true,"o":{"x":1},"l":[1],"signature":"old"}""")!.AsObject();

        Assert.Equal("timestamp=9&A=1.50&b=2", CompanyBodyCipher.StringToHash(body, "9"));
    }

    [Fact]
    public void Encrypt_DecryptedWithTheTestKey_IsTheOriginalBodyWithTimestampAndValidSignature()
    {
        using var publicKey = SigningVectors.ImportPublic();
        using var privateKey = SigningVectors.ImportPrivate();
        var original = """{"customerNo":"86000001","lang":"zh-CN","remark":"long enough to need more than one RSA block: ünïcødé, quotes \" and & signs = fine","amount":1.25,"flag":true}""";

        var sent = JsonNode.Parse(CompanyBodyCipher.Encrypt(Encoding.UTF8.GetBytes(original), "1722093946335", publicKey))!.AsObject();

        Assert.Single(sent);
        var chunks = sent["data"]!.GetValue<string>().Split(',');
        Assert.True(chunks.Length > 1);
        var decrypted = CompanyBodyCipher.Decrypt(sent["data"]!.GetValue<string>(), privateKey);
        var expected = JsonNode.Parse(original)!.AsObject();
        foreach (var (name, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, decrypted[name]), name);
        }

        Assert.Equal(1722093946335, decrypted["timestamp"]!.GetValue<long>());
        Assert.True(CompanyBodyCipher.HasValidSignature(decrypted, "1722093946335"));
        Assert.False(CompanyBodyCipher.HasValidSignature(decrypted, "1722093946336"));
        foreach (var chunk in chunks)
        {
            Assert.True(Encoding.UTF8.GetString(privateKey.Decrypt(Convert.FromBase64String(chunk), RSAEncryptionPadding.Pkcs1)).Length <= CompanyBodyCipher.ChunkLength);
        }
    }
}

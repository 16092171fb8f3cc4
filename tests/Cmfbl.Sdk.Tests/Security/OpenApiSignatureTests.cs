using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Security;

/// <summary>The Open API's canonical string and SHA1withRSA signature, pinned by the vendor's demo key and the known-answer vectors.</summary>
public sealed class OpenApiSignatureTests
{
    public static TheoryData<string, long, string, string> Vectors() => SigningVectors.OpenApiVectors();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void GetStringToSign_KnownVector_IsTheVendorsString(string body, long timestamp, string stringToSign, string signature)
    {
        var input = new RequestSigningInput("any.app.Service.op", "key", timestamp.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(body));

        Assert.Equal(stringToSign, input.GetStringToSign());
        Assert.NotEmpty(signature);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Sign_KnownVector_IsTheVendorsSignature(string body, long timestamp, string stringToSign, string signature)
    {
        using var key = ApiKeyCredential.FromPrivateKey("47b471e57c394e8fbc18535805e04016", SigningVectors.PrivateKey);

        var signed = key.Sign(new RequestSigningInput("any.app.Service.op", key.ApiKey, timestamp.ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(body)));

        Assert.Equal(signature, signed);
        using var publicKey = SigningVectors.ImportPublic();
        Assert.True(publicKey.VerifyData(Encoding.UTF8.GetBytes(stringToSign), Convert.FromBase64String(signed), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Sign_WithAPemKeyOrAnRsaInstance_GivesTheSameSignature()
    {
        var vector = SigningVectors.OpenApi.GetProperty("vectors")[0];
        var input = new RequestSigningInput("op", "key1234567", vector.GetProperty("timestamp").GetInt64().ToString(CultureInfo.InvariantCulture), Encoding.UTF8.GetBytes(vector.GetProperty("body").GetRawText()));
        var pem = "-----BEGIN PRIVATE KEY-----\n" + SigningVectors.PrivateKey + "\n-----END PRIVATE KEY-----";
        using var rsa = SigningVectors.ImportPrivate();
        using var fromPem = ApiKeyCredential.FromPrivateKey("key1234567", pem);
        using var fromRsa = ApiKeyCredential.FromRsa("key1234567", rsa);

        Assert.Equal(vector.GetProperty("signatureBase64").GetString(), fromPem.Sign(input));
        Assert.Equal(vector.GetProperty("signatureBase64").GetString(), fromRsa.Sign(input));
    }

    [Theory]
    [InlineData("""{"b":"x","a":null,"B":1}""", "{B:1,b:x}")] // ordinal order (upper case first), nulls dropped
    [InlineData("""{"n":{"z":1,"y":null,"x":[1,"s",null,{"q":2,"p":1}]}}""", "{n:{x:[1,s,null,{p:1,q:2}],z:1}}")] // nested objects sorted, array order and nulls kept
    [InlineData("""{"price":1.50,"qty":1e3,"neg":-0.0,"big":123456789012345678901234567890}""", "{big:123456789012345678901234567890,neg:-0.0,price:1.50,qty:1e3}")] // numbers as written
    [InlineData("""{"q":"a\"b","s":"a\\b","c":"line\nnext\ttab\u0001","u":"\u00e9\u4e2d/<>&'"}""", "{c:line\\nnext\\ttab\\u0001,q:a\\b,s:a\\\\b,u:\u00e9\u4e2d/<>&'}")] // minimal escapes, non-ASCII as is
    [InlineData("""{"e":"","t":true,"f":false,"o":{},"a":[]}""", "{a:[],e:,f:false,o:{},t:true}")] // empty string kept, literals, empty containers
    [InlineData("""{ "spaced" : [ 1 , 2 ] }""", "{spaced:[1,2]}")] // no whitespace
    public void GetStringToSign_EdgeCases_FollowTheDocumentedRules(string body, string expected)
    {
        var input = new RequestSigningInput("op", "key", "1700000000000", Encoding.UTF8.GetBytes(body));

        Assert.Equal(expected + "1700000000000", input.GetStringToSign());
    }

    [Fact]
    public void FromPrivateKey_Garbled_FailsWithoutRepeatingTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => ApiKeyCredential.FromPrivateKey("key1234567", "c2VjcmV0LWtleS1tYXRlcmlhbA=="));

        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("key with space")]
    [InlineData("key\r\ninjected: 1")]
    public void FromSigner_KeyThatCannotBeAHeader_IsRefused(string apiKey)
    {
        Assert.ThrowsAny<ArgumentException>(() => ApiKeyCredential.FromSigner(apiKey, new ConstantSigner()));
    }

    [Fact]
    public void ToString_ShowsAShortenedKeyAndNoKeyMaterialOrBody()
    {
        using var key = ApiKeyCredential.FromPrivateKey("47b471e57c394e8fbc18535805e04016", SigningVectors.PrivateKey);
        var input = new RequestSigningInput("op", key.ApiKey, "1", Encoding.UTF8.GetBytes("""{"secretField":"body-value"}"""));

        Assert.Equal("ApiKeyCredential { ApiKey = 47b4…4016 }", key.ToString());
        Assert.DoesNotContain("body-value", input.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("47b471e57c394e8fbc18535805e04016", input.ToString(), StringComparison.Ordinal);
    }

    private sealed class ConstantSigner : IRequestSigner
    {
        public string Sign(RequestSigningInput input) => "sig";
    }
}

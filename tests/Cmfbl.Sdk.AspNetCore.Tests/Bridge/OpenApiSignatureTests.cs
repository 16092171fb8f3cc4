using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Bridge;
using Cmfbl.Sdk.AspNetCore.Bridge.Internal;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Tests.Bridge;

/// <summary>The default verifier's canonical string and signature check, against the known-answer vectors.</summary>
public sealed class OpenApiSignatureTests
{
    public static TheoryData<string, long, string, string> Vectors()
    {
        var data = new TheoryData<string, long, string, string>();
        foreach (var vector in TestVectors.OpenApiSignature.GetProperty("vectors").EnumerateArray())
        {
            data.Add(vector.GetProperty("body").GetRawText(), vector.GetProperty("timestamp").GetInt64(), vector.GetProperty("stringToSign").GetString()!, vector.GetProperty("signatureBase64").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void StringToSign_KnownVector_MatchesTheVendorsString(string body, long timestamp, string stringToSign, string signature)
    {
        using var document = JsonDocument.Parse(body);

        Assert.Equal(stringToSign, OpenApiCanonicalizer.StringToSign(document.RootElement, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.NotEmpty(signature);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verify_KnownVector_AcceptsTheVendorsSignature_AndRejectsAnyChange(string body, long timestamp, string stringToSign, string signature)
    {
        using var verifier = new OpenApiSignatureVerifier(Options.Create(new BridgeNotificationOptions { PlatformPublicKey = TestVectors.PublicKey }));
        var ts = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(verifier.Verify(Context(body, signature, ts)));
        Assert.False(verifier.Verify(Context(body, signature, ts + "1")));
        Assert.False(verifier.Verify(Context(body.Replace("1", "2", StringComparison.Ordinal), signature, ts)));
        Assert.False(verifier.Verify(Context(body, "A" + signature[1..], ts)));
        Assert.False(verifier.Verify(Context(body, "not base64!", ts)));
        Assert.False(verifier.Verify(Context(body, null, ts)));
        Assert.False(verifier.Verify(Context("{not json", signature, ts)));
        Assert.NotEmpty(stringToSign);
    }

    [Fact]
    public void StringToSign_DropsNulls_SortsOrdinal_AndStripsQuotesInsideStringValues()
    {
        using var document = JsonDocument.Parse("""{"b":"x","a":null,"B":1,"content":"{\"k\":\"v\"}","n":{"z":1,"y":null,"x":[1,"s"]}}""");

        Assert.Equal("""{B:1,b:x,content:{\k\:\v\},n:{x:[1,s],z:1}}123""", OpenApiCanonicalizer.StringToSign(document.RootElement, "123"));
    }

    [Fact]
    public void Verifier_WithAPemKey_VerifiesToo()
    {
        var pem = "-----BEGIN PUBLIC KEY-----\n" + TestVectors.PublicKey + "\n-----END PUBLIC KEY-----";
        using var verifier = new OpenApiSignatureVerifier(Options.Create(new BridgeNotificationOptions { PlatformPublicKey = pem }));
        var vector = TestVectors.OpenApiSignature.GetProperty("vectors")[0];

        Assert.True(verifier.Verify(Context(vector.GetProperty("body").GetRawText(), vector.GetProperty("signatureBase64").GetString(), vector.GetProperty("timestamp").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Verifier_WithAGarbledKey_FailsWithAMessageThatDoesNotRepeatTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new OpenApiSignatureVerifier(Options.Create(new BridgeNotificationOptions { PlatformPublicKey = "c2VjcmV0LWtleS1tYXRlcmlhbA==" })));

        Assert.DoesNotContain("c2VjcmV0", error.Message, StringComparison.Ordinal);
    }

    private static BridgeSignatureContext Context(string body, string? signature, string? timestamp) =>
        new(Encoding.UTF8.GetBytes(body), signature, timestamp, "key", new HeaderDictionary());
}

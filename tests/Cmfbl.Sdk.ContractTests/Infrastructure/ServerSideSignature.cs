using System.Security.Cryptography;
using System.Text;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// What the gateway checks of an API-key call, computed here without the SDK: the canonical string the test writes
/// out by hand, signed SHA1withRSA with the vendor's published demo key, and verified over the received request.
/// </summary>
internal static class ServerSideSignature
{
    /// <summary>The contract clock's timestamp (2026-01-01T00:00:00Z), as the mappings expect it.</summary>
    public const string Timestamp = "1767225600000";

    /// <summary>The demo key's signature of <paramref name="canonical"/> + the timestamp, Base64.</summary>
    public static string Sign(string canonical)
    {
        using var rsa = SigningVectors.ImportPrivate();
        return Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(canonical + Timestamp), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }

    /// <summary>Asserts that the request carries the key, the contract timestamp and the signature of <paramref name="canonical"/>, and no token.</summary>
    public static void AssertSigned(ReceivedRequest sent, string apiKey, string canonical)
    {
        Assert.Equal(apiKey, sent.Headers["apiKey"]);
        Assert.Equal(Timestamp, sent.Headers["timestamp"]);
        Assert.Equal(Sign(canonical), sent.Headers["signature"]);
        Assert.False(sent.Headers.ContainsKey("token"));
        using var rsa = SigningVectors.ImportPublic();
        Assert.True(rsa.VerifyData(
            Encoding.UTF8.GetBytes(canonical + Timestamp),
            Convert.FromBase64String(sent.Headers["signature"]),
            HashAlgorithmName.SHA1,
            RSASignaturePadding.Pkcs1));
    }
}

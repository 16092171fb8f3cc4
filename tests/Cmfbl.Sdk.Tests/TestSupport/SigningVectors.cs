using System.Security.Cryptography;
using System.Text.Json;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>The known-answer vectors of Fixtures/test-vectors.json (a copy of the shared file) and the vendor's demo key pair.</summary>
public static class SigningVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "test-vectors.json"))));

    public static JsonElement OpenApi => Document.Value.RootElement.GetProperty("openApiSignature");

    public static JsonElement BodyMd5 => Document.Value.RootElement.GetProperty("bodySignatureMd5");

    /// <summary>The demo pair's private key, Base64 PKCS#8 (a published test key, not a secret).</summary>
    public static string PrivateKey => OpenApi.GetProperty("privateKeyPkcs8Base64").GetString()!;

    /// <summary>The demo pair's public key, Base64 X.509 SubjectPublicKeyInfo.</summary>
    public static string PublicKey => OpenApi.GetProperty("publicKeySpkiBase64").GetString()!;

    public static RSA ImportPublic()
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
        return rsa;
    }

    public static RSA ImportPrivate()
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(PrivateKey), out _);
        return rsa;
    }

    public static TheoryData<string, long, string, string> OpenApiVectors()
    {
        var data = new TheoryData<string, long, string, string>();
        foreach (var vector in OpenApi.GetProperty("vectors").EnumerateArray())
        {
            data.Add(vector.GetProperty("body").GetRawText(), vector.GetProperty("timestamp").GetInt64(), vector.GetProperty("stringToSign").GetString()!, vector.GetProperty("signatureBase64").GetString()!);
        }

        return data;
    }
}

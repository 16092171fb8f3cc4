using System.Security.Cryptography;
using System.Text.Json;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>The known-answer vectors (the vendor's public demo RSA pair; a test key, not a secret).</summary>
public static class TestVectors
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "test-vectors.json"))).RootElement;

    public static JsonElement OpenApiSignature => Root.GetProperty("openApiSignature");

    public static string PublicKey => OpenApiSignature.GetProperty("publicKeySpkiBase64").GetString()!;

    public static string PrivateKey => OpenApiSignature.GetProperty("privateKeyPkcs8Base64").GetString()!;

    public static RSA PrivateRsa()
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(PrivateKey), out _);
        return rsa;
    }

    public static RSA PublicRsa()
    {
        var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(PublicKey), out _);
        return rsa;
    }
}

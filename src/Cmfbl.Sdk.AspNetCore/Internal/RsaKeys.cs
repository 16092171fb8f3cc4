using System.Security.Cryptography;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>Imports the RSA keys the receivers take from options: PEM, or Base64 of the DER the vendor hands out.</summary>
internal static class RsaKeys
{
    /// <summary>Imports a public key: PEM, or Base64 X.509 SubjectPublicKeyInfo.</summary>
    /// <exception cref="ArgumentException">The text is not such a key (the message does not repeat it).</exception>
    public static RSA ImportPublic(string key) => Import(key, static (rsa, der) => rsa.ImportSubjectPublicKeyInfo(der, out _), "public key (Base64 X.509 SubjectPublicKeyInfo, or PEM)");

    /// <summary>Imports a private key: PEM, or Base64 PKCS#8.</summary>
    /// <exception cref="ArgumentException">The text is not such a key (the message does not repeat it).</exception>
    public static RSA ImportPrivate(string key) => Import(key, static (rsa, der) => rsa.ImportPkcs8PrivateKey(der, out _), "private key (Base64 PKCS#8, or PEM)");

    private static RSA Import(string key, Action<RSA, byte[]> importDer, string what)
    {
        var rsa = RSA.Create();
        try
        {
            if (key.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(key);
            }
            else
            {
                importDer(rsa, Convert.FromBase64String(key.Trim()));
            }

            return rsa;
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new ArgumentException($"The configured RSA {what} could not be read.", nameof(key));
        }
    }
}

using System.Security.Cryptography;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>Imports an RSA public key: PEM, or Base64 X.509 SubjectPublicKeyInfo as the vendor hands it out.</summary>
internal static class PublicKeys
{
    /// <exception cref="CryptographicException">The text is not such a key (the message does not repeat it).</exception>
    public static RSA Import(string key)
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
                rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(key.Trim()), out _);
            }

            return rsa;
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new CryptographicException("The RSA public key could not be read.");
        }
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Cmfbl.Sdk.AspNetCore.Messages.Internal;

/// <summary>
/// The Message API's check: <c>sign</c> is <c>toUser@timestamp@trace</c> RSA-encrypted (PKCS#1 v1.5) with your public
/// key and Base64-encoded; decrypting it with your private key must give that text back, exactly.
/// </summary>
internal static class MessageSign
{
    public static string Source(string toUser, string timestamp, string trace) => toUser + "@" + timestamp + "@" + trace;

    public static bool Matches(RSA privateKey, string sign, string expected)
    {
        var cipher = new byte[sign.Length];
        if (!Convert.TryFromBase64String(sign, cipher, out var length))
        {
            return false;
        }

        try
        {
            var plain = privateKey.Decrypt(cipher.AsSpan(0, length).ToArray(), RSAEncryptionPadding.Pkcs1);
            return CryptographicOperations.FixedTimeEquals(plain, Encoding.UTF8.GetBytes(expected));
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}

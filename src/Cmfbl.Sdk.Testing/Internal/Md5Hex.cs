using System.Security.Cryptography;
using System.Text;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The API's password form: the lowercase hex MD5 of the UTF-8 password.</summary>
internal static class Md5Hex
{
    public static bool IsLowercaseMd5(string value) =>
        value.Length == 32 && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

#pragma warning disable CA5351 // The vendor API defines the password form as MD5; this is not our choice of hash.
    public static string Of(string plainText) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(plainText))).ToLowerInvariant();
#pragma warning restore CA5351
}

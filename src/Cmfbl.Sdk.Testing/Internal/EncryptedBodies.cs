using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The gateway's side of REFERENCE §1.3: decrypts <c>{"data": "…"}</c> with the company's private key and checks the MD5 signature against the <c>timestamp</c> header.</summary>
internal static class EncryptedBodies
{
    /// <summary>Returns the decrypted body, or null when there is no company key, or the body does not decrypt or carry a valid signature.</summary>
    public static JsonObject? Open(string body, IReadOnlyDictionary<string, string> headers, RSA? companyKey)
    {
        if (companyKey is null || !headers.TryGetValue(HeaderNames.Timestamp, out var timestamp))
        {
            return null;
        }

        try
        {
            if (JsonNode.Parse(body) is not JsonObject { Count: 1 } wrapper || wrapper["data"] is not JsonValue data || !data.TryGetValue<string>(out var text))
            {
                return null;
            }

            var decrypted = CompanyBodyCipher.Decrypt(text, companyKey);
            return CompanyBodyCipher.HasValidSignature(decrypted, timestamp.Trim()) ? decrypted : null;
        }
        catch (Exception exception) when (exception is JsonException or CryptographicException or FormatException or UriFormatException)
        {
            return null;
        }
    }
}

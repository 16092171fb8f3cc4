using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// The body signing and encryption of REFERENCE §1.3, for companies with an RSA public key configured: the request
/// <c>timestamp</c> goes into the body, the body's non-empty string and number fields are signed (uppercase hex MD5
/// of <c>timestamp={ts}&amp;k1=v1&amp;…</c>, keys in ordinal order) into <c>signature</c>, and the URL-encoded JSON
/// is encrypted in 100-character chunks with RSA PKCS#1 v1.5, sent as <c>{"data":"c1,c2,…"}</c>. One implementation
/// for the SDK (encrypting) and the fake server (decrypting and checking), which compiles this file in.
/// </summary>
internal static class CompanyBodyCipher
{
    /// <summary>The length of the URL-encoded JSON text each RSA block encrypts.</summary>
    public const int ChunkLength = 100;

    private const string TimestampField = "timestamp";
    private const string SignatureField = "signature";

    /// <summary>Returns the text whose MD5 is the body signature: <c>timestamp={ts}</c>, then each signed field as <c>&amp;key=value</c>.</summary>
    public static string StringToHash(JsonObject body, string timestamp)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in body)
        {
            if (name != SignatureField && value is JsonValue scalar && Text(scalar) is { Length: > 0 } text)
            {
                fields.Add(new(name, text));
            }
        }

        fields.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var builder = new StringBuilder("timestamp=").Append(timestamp);
        foreach (var (name, text) in fields)
        {
            builder.Append('&').Append(name).Append('=').Append(text);
        }

        return builder.ToString();
    }

    /// <summary>Returns the uppercase hex MD5 (UTF-8) of <see cref="StringToHash"/>.</summary>
    public static string Signature(JsonObject body, string timestamp)
    {
#pragma warning disable CA5351 // MD5 is the vendor's body signature, a checksum under the RSA encryption, not a security boundary of ours.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(StringToHash(body, timestamp)));
#pragma warning restore CA5351
        return Convert.ToHexString(hash);
    }

    /// <summary>Adds the timestamp and the signature to a JSON object body, and returns the encrypted body to send.</summary>
    /// <exception cref="JsonException">The body is not a JSON object.</exception>
    public static byte[] Encrypt(ReadOnlySpan<byte> json, string timestamp, RSA publicKey)
    {
        var body = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("An encrypted body must be a JSON object.");
        body[TimestampField] = JsonValue.Create(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture));
        body.Remove(SignatureField);
        body[SignatureField] = Signature(body, timestamp);
        var encoded = Uri.EscapeDataString(body.ToJsonString());
        var chunks = new StringBuilder(encoded.Length * 2);
        for (var start = 0; start < encoded.Length; start += ChunkLength)
        {
            if (start > 0)
            {
                chunks.Append(',');
            }

            var chunk = encoded.AsSpan(start, Math.Min(ChunkLength, encoded.Length - start));
            chunks.Append(Convert.ToBase64String(publicKey.Encrypt(Encoding.UTF8.GetBytes(chunk.ToArray()), RSAEncryptionPadding.Pkcs1)));
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["data"] = chunks.ToString() }.ToJsonString());
    }

    /// <summary>Decrypts the <c>data</c> text of an encrypted body into the signed JSON object (the server's side).</summary>
    /// <exception cref="CryptographicException">A chunk does not decrypt with <paramref name="privateKey"/>.</exception>
    /// <exception cref="FormatException">A chunk is not Base64.</exception>
    /// <exception cref="JsonException">The decrypted text is not a JSON object.</exception>
    public static JsonObject Decrypt(string data, RSA privateKey)
    {
        var encoded = new StringBuilder(data.Length);
        foreach (var chunk in data.Split(','))
        {
            encoded.Append(Encoding.UTF8.GetString(privateKey.Decrypt(Convert.FromBase64String(chunk), RSAEncryptionPadding.Pkcs1)));
        }

        return JsonNode.Parse(Uri.UnescapeDataString(encoded.ToString())) as JsonObject ?? throw new JsonException("The decrypted body is not a JSON object.");
    }

    /// <summary>Gets whether a decrypted body carries the signature its fields and <paramref name="timestamp"/> give.</summary>
    public static bool HasValidSignature(JsonObject body, string timestamp) =>
        body[SignatureField] is JsonValue value && value.TryGetValue<string>(out var signature)
        && string.Equals(signature, Signature(body, timestamp), StringComparison.Ordinal);

    /// <summary>A string's value, or a number's text; nothing for booleans, nulls and everything else (the vendor signs strings and numbers only).</summary>
    private static string? Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Security;

/// <summary>
/// A password as the API takes it: the lowercase hex MD5 of the plain text. The hash is made once, when the value is
/// created; the plain text is not kept, nothing is hashed twice, and <see cref="ToString"/> prints <c>***</c>.
/// </summary>
/// <example>
/// <code>
/// var password = Md5Password.FromPlainText("a123456"); // goes on the wire as dc483e80a7a0bd9ef71d8cf973673924
/// </code>
/// </example>
[JsonConverter(typeof(Md5PasswordJsonConverter))]
public sealed class Md5Password : IEquatable<Md5Password>
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly string _hex;

    private Md5Password(string hex) => _hex = hex;

    /// <summary>Hashes a plain-text password (UTF-8, MD5, lowercase hex).</summary>
    /// <param name="plainText">The password as the customer typed it.</param>
    /// <returns>The hashed password.</returns>
    /// <exception cref="ArgumentException"><paramref name="plainText"/> is null or empty.</exception>
    public static Md5Password FromPlainText(string plainText)
    {
        ArgumentException.ThrowIfNullOrEmpty(plainText);
        Span<byte> hash = stackalloc byte[MD5.HashSizeInBytes];
        var byteCount = Encoding.UTF8.GetByteCount(plainText);
        var buffer = byteCount <= 256 ? stackalloc byte[byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(plainText, buffer);
#pragma warning disable CA5351 // The vendor API requires MD5; it is a wire format, not a security choice of ours.
        MD5.HashData(buffer, hash);
#pragma warning restore CA5351
        CryptographicOperations.ZeroMemory(buffer);
#if NET9_0_OR_GREATER
        return new Md5Password(Convert.ToHexStringLower(hash));
#else
        return new Md5Password(Convert.ToHexString(hash).ToLowerInvariant());
#endif
    }

    /// <summary>Wraps a password that is already hashed (32 hex characters); it is not hashed again.</summary>
    /// <param name="md5Hex">The MD5 of the password as 32 hex characters (either case; stored lowercase).</param>
    /// <returns>The hashed password.</returns>
    /// <exception cref="ArgumentException"><paramref name="md5Hex"/> is not 32 hex characters.</exception>
    public static Md5Password FromMd5Hex(string md5Hex)
    {
        ArgumentNullException.ThrowIfNull(md5Hex);
        if (md5Hex.Length != 32 || md5Hex.AsSpan().ContainsAnyExcept(HexDigits))
        {
            throw new ArgumentException("An MD5 password must be exactly 32 hexadecimal characters. To hash a plain-text password, use Md5Password.FromPlainText.", nameof(md5Hex));
        }

        return new Md5Password(md5Hex.ToLowerInvariant());
    }

    /// <summary>Gets the lowercase hex MD5 that goes on the wire. Treat it as a secret: do not log it.</summary>
    /// <returns>The 32-character lowercase hex string.</returns>
    public string ToMd5Hex() => _hex;

    /// <summary>Returns <c>***</c>: the value is a secret.</summary>
    /// <returns>The text <c>***</c>.</returns>
    public override string ToString() => "***";

    /// <inheritdoc/>
    public bool Equals(Md5Password? other) => other is not null && string.Equals(_hex, other._hex, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Md5Password);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_hex);
}

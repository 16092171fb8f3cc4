using System.Security.Cryptography;

namespace Cmfbl.Sdk.AspNetCore.Messages;

/// <summary>Settings of the custom message channel receiver.</summary>
public sealed class MessageChannelOptions
{
    /// <summary>
    /// Gets or sets your RSA private key (1024-bit in the vendor's examples) whose public half you configured in the
    /// platform's admin UI: Base64 PKCS#8 DER, or PEM. A secret: keep it out of committed files. Set this or
    /// <see cref="PrivateKeyRsa"/>.
    /// </summary>
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the private key as an <see cref="RSA"/> instance (e.g. from a key vault); it wins over <see cref="PrivateKey"/>. The receiver does not dispose it.</summary>
    public RSA? PrivateKeyRsa { get; set; }

    /// <summary>Gets or sets the largest body accepted, in bytes; larger bodies get HTTP 413. The default value is 256 KiB.</summary>
    public int MaxRequestBodySize { get; set; } = 256 * 1024;

    /// <summary>Returns a description with the key left out.</summary>
    /// <returns>Which key is set (shown as <c>***</c>) and the body limit.</returns>
    public override string ToString() =>
        $"MessageChannelOptions {{ PrivateKey = {(PrivateKey is null ? "null" : "***")}, PrivateKeyRsa = {(PrivateKeyRsa is null ? "null" : "***")}, MaxRequestBodySize = {MaxRequestBodySize} }}";
}

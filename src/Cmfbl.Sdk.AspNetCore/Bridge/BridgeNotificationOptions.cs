namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>Settings of the Bridge notification receiver.</summary>
public sealed class BridgeNotificationOptions
{
    /// <summary>Gets or sets your company id: notifications whose <c>companyId</c> header differs are refused with HTTP 403. Required.</summary>
    public long CompanyId { get; set; }

    /// <summary>
    /// Gets or sets the platform's RSA public key the default verifier checks signatures with: Base64 of the
    /// X.509 SubjectPublicKeyInfo (DER), or the same in PEM. Required unless you register your own
    /// <see cref="IBridgeSignatureVerifier"/>.
    /// </summary>
    /// <remarks>
    /// The vendor does not document the callback signature. The default verifier assumes the Open API scheme
    /// (REFERENCE §1.4): SHA1withRSA, Base64, over the body's fields sorted by name (ordinal), <c>null</c> values
    /// dropped, written as JSON without whitespace and with every <c>"</c> removed, followed by the <c>timestamp</c>
    /// header when there is one. Check it against a real notification before relying on it.
    /// </remarks>
    public string? PlatformPublicKey { get; set; }

    /// <summary>Gets or sets the API key the <c>apiKey</c> header must carry, or <see langword="null"/> (the default) not to check it.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Gets or sets the largest body accepted, in bytes; larger bodies get HTTP 413. The default value is 256 KiB.</summary>
    public int MaxRequestBodySize { get; set; } = 256 * 1024;
}

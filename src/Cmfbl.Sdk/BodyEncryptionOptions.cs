namespace Cmfbl.Sdk;

/// <summary>
/// Body signing and encryption of one family (REFERENCE §1.3), for a company that has an RSA public key configured:
/// each request's fields are signed (MD5 with the timestamp) and the body is sent RSA-encrypted as
/// <c>{"data": "…"}</c>, with a <c>trace</c> that starts <c>x-</c>. Off by default.
/// </summary>
public sealed class BodyEncryptionOptions
{
    /// <summary>Gets or sets whether request bodies are signed and encrypted. The default value is <see langword="false"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Gets or sets the company's RSA public key: Base64 X.509 SubjectPublicKeyInfo (as the Manager API's auth answers
    /// it in <c>publicKey</c>), or PEM. Required when <see cref="Enabled"/>.
    /// </summary>
    public string? PublicKey { get; set; }
}

using Cmfbl.Sdk.Resilience;

namespace Cmfbl.Sdk;

/// <summary>
/// Settings of the Bridge API (B side, the trading bridge to external exchanges, REFERENCE §1.6):
/// <c>{host}/webhook/global/{bizType}</c>, signed with the merchant's API key like the Open API.
/// </summary>
public sealed class BridgeApiOptions
{
    /// <summary>
    /// Gets or sets a host root for the Bridge API only. When not set, <see cref="CmfblOptions.BaseAddress"/>, else the
    /// environment's Manager host (<c>pre-api-test.cmfbl.com</c> on PRE).
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the path in front of each bizType. The default value is <c>/webhook/global/</c>.</summary>
    public string PathPrefix { get; set; } = "/webhook/global/";

    /// <summary>Gets or sets the merchant API key the vendor's business team issued. Needed for every Bridge call.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets the key's RSA private key (Base64 PKCS#8 or PEM). It is a secret: keep it out of committed files.
    /// Not needed when an <see cref="Security.IRequestSigner"/> is registered in the service collection: it then signs
    /// every Bridge request instead.
    /// </summary>
    public string? PrivateKey { get; set; }

    /// <summary>Gets or sets the <c>recvWindow</c> header, or <see langword="null"/> (the default) to send none.</summary>
    public TimeSpan? RecvWindow { get; set; }

    /// <summary>Gets how this family retries, breaks and limits calls; the client-side limit defaults to the key's 100 calls per minute.</summary>
    public CmfblResilienceOptions Resilience { get; init; } = new() { PermitsPerMinute = 100 };

    /// <summary>Returns a description with the private key left out.</summary>
    /// <returns>The paths and the key; the private key shows as <c>***</c>.</returns>
    public override string ToString() =>
        $"BridgeApiOptions {{ BaseAddress = {BaseAddress}, PathPrefix = {PathPrefix}, ApiKey = {ApiKey}, PrivateKey = {(PrivateKey is null ? "null" : "***")}, RecvWindow = {RecvWindow} }}";
}

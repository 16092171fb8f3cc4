using Cmfbl.Sdk.Resilience;

namespace Cmfbl.Sdk;

/// <summary>
/// Settings of the Open API (C side, programmatic): the Client API's operations at <c>{host}/openapi-c/global/{bizType}</c>,
/// signed with a customer's API key instead of a login token (REFERENCE §1.4). Open a session with
/// <see cref="ClientApi.ICustomerSessions.FromApiKey(Security.ApiKeyCredential)"/>, or configure one key here and use
/// <see cref="ClientApi.ICustomerSessions.FromConfiguredApiKey"/>.
/// </summary>
public sealed class OpenApiOptions
{
    /// <summary>Gets or sets a host root for the Open API only, when it differs from <see cref="CmfblOptions.BaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the path in front of <c>global/{bizType}</c>. The default value is <c>/openapi-c/</c>.</summary>
    public string PathPrefix { get; set; } = "/openapi-c/";

    /// <summary>Gets or sets the API key of the configured session (optional: sessions can also be opened with any key in code).</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets the configured key's RSA private key: Base64 PKCS#8 as <c>applyApi</c> issues it, or PEM. It is a
    /// secret: keep it in user secrets, environment variables or a key vault, never in committed files.
    /// </summary>
    public string? PrivateKey { get; set; }

    /// <summary>
    /// Gets or sets the <c>recvWindow</c> header: how long after its <c>timestamp</c> the gateway may still accept a
    /// request. <see langword="null"/> (the default) sends none and leaves the gateway's default; the vendor's examples use 5 seconds.
    /// </summary>
    public TimeSpan? RecvWindow { get; set; }

    /// <summary>
    /// Gets how this family retries, breaks and limits calls. One key may make 100 calls a minute (then HTTP 429, then
    /// 418 bans of 5, 10, … minutes), so the client-side limit defaults to 100 per minute per API key.
    /// </summary>
    public CmfblResilienceOptions Resilience { get; init; } = new() { PermitsPerMinute = 100 };

    /// <summary>Returns a description with the private key left out.</summary>
    /// <returns>The paths and the key; the private key shows as <c>***</c>.</returns>
    public override string ToString() =>
        $"OpenApiOptions {{ BaseAddress = {BaseAddress}, PathPrefix = {PathPrefix}, ApiKey = {ApiKey}, PrivateKey = {(PrivateKey is null ? "null" : "***")}, RecvWindow = {RecvWindow} }}";
}

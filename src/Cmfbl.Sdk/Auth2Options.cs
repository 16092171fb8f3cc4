using Cmfbl.Sdk.Resilience;

namespace Cmfbl.Sdk;

/// <summary>
/// Settings of the Auth2 API (log in with a white-label account, for third-party systems): its host and path. It has no
/// credentials of its own: the app id and secret and the tokens are passed with each call.
/// </summary>
public sealed class Auth2Options
{
    /// <summary>
    /// Gets or sets the host root of the Auth2 API, which the vendor gives per deployment (the 2022 web client used
    /// <c>https://uatauth2.cmfbl.com/</c>). When it is not set, <see cref="CmfblOptions.BaseAddress"/> is used, else the
    /// environment's Client API host.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the path in front of <c>auth2/…</c>. The default value is <c>/cats-gateway-auth2/</c>.</summary>
    public string PathPrefix { get; set; } = "/cats-gateway-auth2/";

    /// <summary>Gets how this family retries, breaks and limits calls (see <see cref="CmfblResilienceOptions"/> for the defaults).</summary>
    public CmfblResilienceOptions Resilience { get; init; } = new();
}

using Cmfbl.Sdk.Resilience;

namespace Cmfbl.Sdk;

/// <summary>Settings of the Client API (C side, a customer's session).</summary>
public sealed class ClientApiOptions
{
    /// <summary>Gets or sets a host root for the Client API only, when it differs from <see cref="CmfblOptions.BaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the path in front of <c>login/</c>, <c>register/</c> and <c>global/</c>. The default value is <c>/api/</c>.</summary>
    public string PathPrefix { get; set; } = "/api/";

    /// <summary>Gets how this family retries, breaks and limits calls (see <see cref="CmfblResilienceOptions"/> for the defaults).</summary>
    public CmfblResilienceOptions Resilience { get; init; } = new();

    /// <summary>Gets the body signing and encryption of this family (off by default).</summary>
    public BodyEncryptionOptions BodyEncryption { get; init; } = new();
}

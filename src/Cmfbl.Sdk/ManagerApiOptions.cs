using Cmfbl.Sdk.Resilience;

namespace Cmfbl.Sdk;

/// <summary>Settings of the Manager API (B side, white-label administration): credentials and paths.</summary>
public sealed class ManagerApiOptions
{
    /// <summary>Gets or sets the app id issued by the vendor. Needed, with <see cref="AppSecret"/>, for every Manager call that takes a token.</summary>
    public string? AppId { get; set; }

    /// <summary>Gets or sets the app secret issued by the vendor. It is a secret: keep it out of committed files (use user secrets or environment variables).</summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// Gets or sets the quote token the vendor issues separately for the quote service's HTTP endpoints
    /// (<c>/quote-b-api/…</c>, <c>/quote-stock-b-api/…</c>: <see cref="ManagerApi.IQuoteService"/>,
    /// <see cref="ManagerApi.IStockQuoteService"/>). It is a secret: keep it out of committed files.
    /// </summary>
    public string? QuoteToken { get; set; }

    /// <summary>Gets or sets a host root for the Manager API only, when it differs from <see cref="CmfblOptions.BaseAddress"/>.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// Gets or sets the path in front of each bizType. The default value is <c>/openapi-b/</c>; older vendor documents
    /// use <c>/openapi-b/global/</c>.
    /// </summary>
    public string PathPrefix { get; set; } = "/openapi-b/";

    /// <summary>Gets or sets the path in front of the authentication bizType. The default value is <c>/openapi-b/auth/</c>.</summary>
    public string AuthPathPrefix { get; set; } = "/openapi-b/auth/";

    /// <summary>Gets how this family retries, breaks and limits calls (see <see cref="CmfblResilienceOptions"/> for the defaults).</summary>
    public CmfblResilienceOptions Resilience { get; init; } = new();

    /// <summary>Gets the body signing and encryption of this family (off by default; the auth call itself is never encrypted).</summary>
    public BodyEncryptionOptions BodyEncryption { get; init; } = new();

    /// <summary>Returns a description with the secret left out.</summary>
    /// <returns>The app id and paths; the secret shows as <c>***</c>.</returns>
    public override string ToString() =>
        $"ManagerApiOptions {{ AppId = {AppId}, AppSecret = {(AppSecret is null ? "null" : "***")}, QuoteToken = {(QuoteToken is null ? "null" : "***")}, BaseAddress = {BaseAddress}, PathPrefix = {PathPrefix}, AuthPathPrefix = {AuthPathPrefix} }}";
}

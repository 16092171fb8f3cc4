namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>How one vendor service appears in .NET.</summary>
internal sealed class ServiceOverlay
{
    /// <summary>Gets or sets the interface name; derived from the vendor name when left out (typos fixed, <c>Dubbo</c> dropped).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the property on the family's services class.</summary>
    public string? Property { get; set; }

    /// <summary>Gets or sets the one-line summary of the interface.</summary>
    public string? Summary { get; set; }

    /// <summary>Gets or sets more about the interface (its remarks).</summary>
    public string? Remarks { get; set; }

    /// <summary>Gets or sets the factory (in <c>CmfblServiceCollectionExtensions</c>) that creates the client, when not the family's default.</summary>
    public string? Factory { get; set; }

    /// <summary>
    /// Gets or sets the area the service belongs to (for example <c>Trading</c>): its interface goes to
    /// <c>&lt;family folder&gt;/&lt;group&gt;/Generated</c> in namespace <c>&lt;family namespace&gt;.&lt;group&gt;</c>, and the models only its
    /// operations use to <c>&lt;group&gt;/Models/Generated</c> in <c>….&lt;group&gt;.Models</c>. Left out: the family's own folder.
    /// </summary>
    public string? Group { get; set; }

    /// <summary>
    /// Gets or sets the word put before the names of the models the service's operations generate (for example
    /// <c>Cfd</c>: <c>CfdAddMarketOrderRequest</c>), for services whose method names repeat another service's.
    /// </summary>
    public string? ModelPrefix { get; set; }

    /// <summary>
    /// Gets or sets the name of the service's guest interface (the operations that work without a login), for a
    /// family with sessions whose service mixes guest and login operations. Default: <c>IGuest</c> + the name without <c>I</c>.
    /// </summary>
    public string? GuestName { get; set; }

    /// <summary>
    /// Gets or sets the auth of every operation of the service that does not say its own (<c>token</c>, <c>optional</c>,
    /// <c>guest</c>), for services whose operations all belong to a customer while the spec's descriptions say nothing.
    /// </summary>
    public string? Auth { get; set; }

    /// <summary>Gets or sets why the service's operations have <see cref="Auth"/>.</summary>
    public string? AuthReason { get; set; }

    /// <summary>
    /// Gets or sets the headers every unsafe write of the service takes as parameters (after its own), for example the
    /// caller's <c>idempotency-key</c> that lets the SDK retry an order safely.
    /// </summary>
    public List<HeaderOverlay> WriteHeaders { get; set; } = [];

    /// <summary>Gets or sets why the service's writes take <see cref="WriteHeaders"/>.</summary>
    public string? WriteHeadersReason { get; set; }

    /// <summary>Gets or sets why the name differs from the vendor's, when it does for a reason the rules do not cover.</summary>
    public string? Reason { get; set; }
}

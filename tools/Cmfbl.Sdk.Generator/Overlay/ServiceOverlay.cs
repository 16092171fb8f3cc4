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

    /// <summary>Gets or sets why the name differs from the vendor's, when it does for a reason the rules do not cover.</summary>
    public string? Reason { get; set; }
}

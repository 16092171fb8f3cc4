namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>Corrections to one generated model.</summary>
internal sealed class ModelOverlay
{
    /// <summary>
    /// Gets or sets the model's .NET name, when the rule's (the key of the entry) is wrong: a nested model named after
    /// its field that the analyzers refuse (CA1711: a name may not end in <c>Permission</c>), or that reads badly.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets why <see cref="Name"/> differs from the rule's; for reviewers, not written anywhere.</summary>
    public string? Reason { get; set; }

    /// <summary>Gets or sets the model's summary.</summary>
    public string? Doc { get; set; }

    /// <summary>Gets or sets field corrections, by the vendor's field name.</summary>
    public Dictionary<string, FieldOverlay> Fields { get; set; } = [];

    /// <summary>Gets or sets vendor fields the spec lacks but the examples or the docs show, by vendor name.</summary>
    public Dictionary<string, FieldOverlay> Extra { get; set; } = [];
}

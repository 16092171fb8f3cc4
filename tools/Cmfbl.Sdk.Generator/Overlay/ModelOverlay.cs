namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>Corrections to one generated model.</summary>
internal sealed class ModelOverlay
{
    /// <summary>Gets or sets the model's summary.</summary>
    public string? Doc { get; set; }

    /// <summary>Gets or sets field corrections, by the vendor's field name.</summary>
    public Dictionary<string, FieldOverlay> Fields { get; set; } = [];

    /// <summary>Gets or sets vendor fields the spec lacks but the examples or the docs show, by vendor name.</summary>
    public Dictionary<string, FieldOverlay> Extra { get; set; } = [];
}

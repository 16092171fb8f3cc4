namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>The XML documentation of a method, where the spec's words are not enough.</summary>
internal sealed class DocOverlay
{
    public string? Summary { get; set; }

    /// <summary>Gets or sets what follows the bizType in the remarks.</summary>
    public string? Remarks { get; set; }

    public string? Returns { get; set; }

    /// <summary>Gets or sets extra <c>exception</c> elements, by exception type (relative to <c>Errors</c>).</summary>
    public Dictionary<string, string> Exceptions { get; set; } = [];
}

namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>The body a method takes.</summary>
internal sealed class RequestOverlay
{
    /// <summary>Gets or sets a hand-written type to use instead of a generated one (relative to the family's models namespace, or fully qualified).</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the name of the generated model.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets that the method takes no body, whatever the spec shows (the SDK sends <c>{}</c>).</summary>
    public bool None { get; set; }

    /// <summary>Gets or sets the parameter name (<c>request</c> when left out).</summary>
    public string? Parameter { get; set; }

    /// <summary>Gets or sets the parameter's documentation.</summary>
    public string? Doc { get; set; }
}

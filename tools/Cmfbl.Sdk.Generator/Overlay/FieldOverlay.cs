namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>Corrections to one field of a generated model.</summary>
internal sealed class FieldOverlay
{
    /// <summary>Gets or sets the .NET property name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the .NET type (for example <c>decimal</c>, <c>long</c>, <c>DateTimeOffset</c>, <c>Md5Password</c>, a model).</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets whether the caller must set it (request models).</summary>
    public bool? Required { get; set; }

    /// <summary>Gets or sets the documentation, replacing the spec's.</summary>
    public string? Doc { get; set; }

    /// <summary>Gets or sets that the value is a secret: <c>ToString</c> prints <c>***</c>.</summary>
    public bool Secret { get; set; }

    /// <summary>Gets or sets a default value (C# text, for example <c>20</c>).</summary>
    public string? Default { get; set; }

    /// <summary>Gets or sets why the field differs from the spec.</summary>
    public string? Reason { get; set; }
}

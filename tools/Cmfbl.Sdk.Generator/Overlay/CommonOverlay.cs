namespace Cmfbl.Sdk.Generator.Overlay;

/// <summary>The decisions shared by every family (<c>spec/overlay/common.yaml</c>).</summary>
internal sealed class CommonOverlay
{
    /// <summary>Gets or sets the vendor fields that hold secrets: <c>ToString</c> prints <c>***</c> for them in every model, generated or hand-written.</summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>Gets or sets the .NET type of a vendor field in every family, unless a family or a model says otherwise.</summary>
    public Dictionary<string, string> FieldTypes { get; set; } = [];

    /// <summary>Gets or sets the first words of vendor method names that read without changing anything.</summary>
    public List<string> ReadVerbs { get; set; } = [];

    /// <summary>Gets or sets the last words of vendor method names that name what is read (<c>walletList</c>, <c>customerPage</c>).</summary>
    public List<string> ReadSuffixes { get; set; } = [];

    /// <summary>Gets or sets the types the SDK serializes outside the generated operations; the JSON context lists them too.</summary>
    public List<string> JsonTypes { get; set; } = [];

    /// <summary>Gets or sets the .NET types that are value types (enums and structs the overlays name), for nullability.</summary>
    public List<string> ValueTypes { get; set; } = [];
}

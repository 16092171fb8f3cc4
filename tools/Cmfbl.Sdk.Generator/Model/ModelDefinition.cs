namespace Cmfbl.Sdk.Generator.Model;

/// <summary>A model the generator writes: a request body (init-only) or an answer (settable, tolerant).</summary>
internal sealed record ModelDefinition
{
    public required string Name { get; init; }

    public required string Namespace { get; set; }

    public required bool IsRequest { get; init; }

    public required string Summary { get; init; }

    public required IReadOnlyList<PropertyDefinition> Properties { get; set; }

    /// <summary>Gets the operations that use it, for its documentation (bizTypes).</summary>
    public List<string> UsedBy { get; } = [];

    /// <summary>Gets the family's overlay file, named in the file header.</summary>
    public required string Source { get; init; }

    /// <summary>Gets or sets the namespaces of the generated models it refers to that live elsewhere (its file's extra usings).</summary>
    public IReadOnlyList<string> Usings { get; set; } = [];

    public string FullName => $"{Namespace}.{Name}";
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Generator.Vendor;

/// <summary>A vendor schema, reduced to what the generator uses, detached from Microsoft.OpenApi.</summary>
internal sealed record VendorSchema
{
    /// <summary>Gets the JSON type: object, array, string, integer, number, boolean, or null when the schema leaves it open.</summary>
    public string? Type { get; init; }

    public string? Format { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Gets the name of the component schema this came from, when it was a reference.</summary>
    public string? ComponentName { get; init; }

    public IReadOnlyList<(string Name, VendorSchema Schema)> Properties { get; init; } = [];

    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    public VendorSchema? Items { get; init; }

    /// <summary>Gets the schema of the values of a map (<c>additionalProperties</c>): an object keyed by codes, not by field names.</summary>
    public VendorSchema? AdditionalProperties { get; init; }

    public JsonNode? Example { get; init; }

    /// <summary>Gets whether this is a reference back to a component that encloses it (a tree); <see cref="ComponentName"/> names it, and it has no fields of its own.</summary>
    public bool IsRecursion { get; init; }

    public bool IsObject => Type == "object" || (Type is null && Properties.Count > 0);

    /// <summary>Gets whether this is a map: an object with no fields of its own whose values all have one schema (<c>additionalProperties</c>).</summary>
    public bool IsMap => AdditionalProperties is not null && Properties.Count == 0;

    /// <summary>Gets the text that documents the value: the description, else the title.</summary>
    public string? Doc => string.IsNullOrWhiteSpace(Description) ? (string.IsNullOrWhiteSpace(Title) ? null : Title) : Description;
}

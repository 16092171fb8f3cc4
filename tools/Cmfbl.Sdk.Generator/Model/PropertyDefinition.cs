namespace Cmfbl.Sdk.Generator.Model;

/// <summary>One property of a generated model.</summary>
internal sealed record PropertyDefinition
{
    /// <summary>Gets the vendor's field name, written in <c>[JsonPropertyName]</c>.</summary>
    public required string VendorName { get; init; }

    public required string Name { get; init; }

    /// <summary>Gets the C# type without nullability, for example <c>long</c>, <c>string</c>, <c>IReadOnlyList&lt;Foo&gt;</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Gets whether the type is a value type (so its nullable form is <c>T?</c> over <c>Nullable&lt;T&gt;</c>).</summary>
    public required bool IsValueType { get; init; }

    public required bool Required { get; init; }

    public required string Doc { get; init; }

    public bool Secret { get; init; }

    public string? Default { get; init; }

    /// <summary>Gets the element type of a list property, whose tolerant list converter the JSON context registers.</summary>
    public string? ListItem { get; init; }
}

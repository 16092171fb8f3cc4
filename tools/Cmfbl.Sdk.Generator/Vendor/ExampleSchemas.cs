using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Generator.Vendor;

/// <summary>
/// Completes a schema with what an example shows: the vendor's schemas often lack fields (or the whole schema) that
/// its examples carry, and a model must hold every field of every example.
/// </summary>
internal static class ExampleSchemas
{
    /// <summary>The schema with every field of <paramref name="example"/> it lacks added (types inferred from the example's values).</summary>
    public static VendorSchema? Merge(VendorSchema? schema, JsonNode? example)
    {
        if (example is null)
        {
            return schema;
        }

        var inferred = Infer(example);
        if (schema is null || (schema.Type is null && schema.Properties.Count == 0 && schema.Items is null && schema.AdditionalProperties is null))
        {
            return inferred with { Description = schema?.Description ?? inferred.Description, Title = schema?.Title };
        }

        return Combine(schema, inferred, nested: false);
    }

    /// <summary>
    /// The schema of an answer whose shape the overlay decided from the example (<c>answer.shape</c>) where the schema
    /// says otherwise: a list whose items are the schema's object (a page's records) completed by the example's items,
    /// or the example's object where the schema says a single value. Any other case is the schema as it is.
    /// </summary>
    public static VendorSchema? Reshape(VendorSchema? schema, JsonNode? example, string shape)
    {
        switch (shape)
        {
            case "list" when schema is { IsObject: true }:
                var item = schema.Properties.FirstOrDefault(static p => p.Name == "records").Schema is { Type: "array", Items: { } records } ? records : schema;
                var shown = example is JsonArray { Count: > 0 } array ? Infer(array).Items : null;
                return new VendorSchema { Type = "array", Description = schema.Description, Title = schema.Title, Items = shown is null ? item : Combine(item, shown, nested: true) };
            case "model" when schema is not { IsObject: true } && example is JsonObject obj:
                return Infer(obj) with { Description = schema?.Description, Title = schema?.Title };
            default:
                return schema;
        }
    }

    private static VendorSchema Combine(VendorSchema schema, VendorSchema inferred, bool nested)
    {
        if (schema.IsMap && inferred.IsObject)
        {
            // A map's example is keyed by codes (BTC, ETH): each value completes the values' schema, no key is a field.
            return schema with { AdditionalProperties = inferred.Properties.Select(static p => p.Schema).Aggregate(schema.AdditionalProperties!, (all, one) => Combine(all, one, nested: true)) };
        }

        if (schema.IsObject && inferred.IsObject)
        {
            var properties = schema.Properties
                .Select(p => (p.Name, inferred.Properties.FirstOrDefault(i => i.Name == p.Name) is { Schema: not null } seen ? Combine(p.Schema, seen.Schema, nested: true) : p.Schema))
                .Concat(inferred.Properties.Where(i => schema.Properties.All(p => p.Name != i.Name)))
                .ToArray();
            return schema with { Type = "object", Properties = properties };
        }

        if (schema.Type == "array" && inferred.Type == "array" && inferred.Items is { } items)
        {
            return schema with { Items = schema.Items is { } own ? Combine(own, items, nested: true) : items };
        }

        // A field the schema describes as one object while the example shows a list of such objects (recordList): the
        // schema described the list's item. Only inside an answer: what the whole answer is, the overlay decides
        // (answer.shape), because the vendor's whole-answer examples are sometimes another operation's.
        if (nested && schema.IsObject && schema.Properties.Count > 0 && inferred is { Type: "array", Items.IsObject: true })
        {
            return new VendorSchema { Type = "array", Description = schema.Description, Title = schema.Title, Items = Combine(schema, inferred.Items, nested: true) };
        }

        // A schema that says "object" with no fields while the example shows a list (or the reverse): trust the example.
        if (schema.IsObject && schema.Properties.Count == 0 && inferred.Type == "array")
        {
            return inferred with { Description = schema.Description, Title = schema.Title };
        }

        return schema;
    }

    private static VendorSchema Infer(JsonNode node) => node switch
    {
        JsonObject obj => new VendorSchema
        {
            Type = "object",
            Properties = obj.Where(static p => p.Key.Length > 0).Select(static p => (p.Key, p.Value is null ? new VendorSchema() : Infer(p.Value))).ToArray(),
            Description = "Shown by the vendor's example.",
        },
        JsonArray array => new VendorSchema
        {
            Type = "array",
            Items = array.Where(static i => i is not null).Select(static i => Infer(i!)).Aggregate((VendorSchema?)null, static (all, one) => all is null ? one : Combine(all, one, nested: true)),
        },
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new VendorSchema { Type = "string" },
            JsonValueKind.Number => new VendorSchema { Type = value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer", Format = "int64" },
            JsonValueKind.True or JsonValueKind.False => new VendorSchema { Type = "boolean" },
            _ => new VendorSchema(),
        },
        _ => new VendorSchema(),
    };
}

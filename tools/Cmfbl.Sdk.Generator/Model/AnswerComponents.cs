using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>The spec components that some operation's answer uses, at any depth.</summary>
internal static class AnswerComponents
{
    /// <summary>Collects the component names reachable from every answer's <c>data</c> schema.</summary>
    public static IReadOnlySet<string> Of(IEnumerable<VendorOperation> operations)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in operations)
        {
            Walk(op.DataSchema, found);
        }

        return found;
    }

    private static void Walk(VendorSchema? schema, HashSet<string> found)
    {
        if (schema is null || (schema.ComponentName is { } name && !found.Add(name)))
        {
            return;
        }

        Walk(schema.Items, found);
        foreach (var (_, property) in schema.Properties)
        {
            Walk(property, found);
        }
    }
}

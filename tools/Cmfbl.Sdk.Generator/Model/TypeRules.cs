using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>The type rules applied to every generated field from one place (docs/generator.md lists them).</summary>
internal static class TypeRules
{
    private static readonly HashSet<string> BuiltInValueTypes = new(StringComparer.Ordinal)
    {
        "int", "long", "decimal", "bool", "double", "DateTimeOffset", "JsonElement",
    };

    /// <summary>The C# type of a primitive vendor value: ids long, money decimal, <c>*Time</c> in ms a time.</summary>
    public static string? Primitive(string field, VendorSchema schema)
    {
        var lower = field.ToLowerInvariant();
        var isId = lower == "id" || field.EndsWith("Id", StringComparison.Ordinal);
        var doc = schema.Doc ?? string.Empty;
        var inSeconds = doc.Contains("second", StringComparison.OrdinalIgnoreCase) && !doc.Contains("millisecond", StringComparison.OrdinalIgnoreCase);
        var isTime = field.EndsWith("Time", StringComparison.Ordinal) && !inSeconds;
        return schema.Type switch
        {
            "integer" when isTime => "DateTimeOffset",
            "integer" when isId || schema.Format is "int64" or "long" => "long",
            "integer" => "int",
            "number" when isTime => "DateTimeOffset",
            "number" when isId || inSeconds => "long",
            "number" => "decimal",
            "boolean" => "bool",
            "string" => "string",
            null when isTime => "DateTimeOffset",
            _ => null,
        };
    }

    /// <summary>Whether a C# type name is a value type (built in, or declared one by the overlay).</summary>
    public static bool IsValueType(string type, IReadOnlySet<string> declared) =>
        BuiltInValueTypes.Contains(type) || declared.Contains(type) || declared.Contains(type[(type.LastIndexOf('.') + 1)..]);
}

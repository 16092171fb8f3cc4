using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Generator.Vendor;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Writes a value for a vendor schema with every field filled: one item per array, every property of every object;
/// a recursive component (a tree) is filled down to where it repeats, and that repetition's list of children is empty.
/// Where the SDK's model types a field (an enum, a time, a flag, a number, an MD5 password), the value is one the
/// service could send for that type, so the replay tests the fields and not the synthesizer.
/// </summary>
internal static class ExampleSynthesizer
{
    private const int MaxDepth = 10;

    /// <summary>A value for <paramref name="schema"/> as <paramref name="type"/> reads it; null when neither says anything.</summary>
    /// <param name="schema">The vendor's schema (merged with its examples by the generator), or null.</param>
    /// <param name="type">The SDK type that reads the value, or null when there is none.</param>
    /// <param name="options">The SDK's JSON options.</param>
    /// <param name="name">The field's name (used in synthesized text).</param>
    public static JsonNode? Value(VendorSchema? schema, Type? type, JsonSerializerOptions options, string name) =>
        Value(schema, type, options, name, 0);

    private static JsonNode? Value(VendorSchema? schema, Type? type, JsonSerializerOptions options, string name, int depth)
    {
        if (depth > MaxDepth || schema is { IsRecursion: true } || (schema is null && type is null))
        {
            return null; // a tree ends at its first repetition (a country's childs are countries): its leaves have no children
        }

        if (type is not null && Leaf(ModelTypes.Plain(type), schema, name) is { } leaf)
        {
            return leaf;
        }

        var item = ModelTypes.ItemType(type);
        if (schema?.Type == "array" || (item is not null && !ModelTypes.IsDictionary(type)))
        {
            return Value(schema?.Items, item, options, name, depth + 1) is { } one ? new JsonArray(one) : new JsonArray();
        }

        var info = ModelTypes.ObjectInfo(type, options);
        if (schema is { IsObject: true, Properties.Count: > 0 })
        {
            return new JsonObject(schema.Properties.Where(static p => p.Name.Length > 0).Select(p => KeyValuePair.Create(
                p.Name,
                Value(p.Schema, info is null ? null : ModelTypes.Property(info, p.Name)?.PropertyType, options, p.Name, depth + 1))));
        }

        if (info is not null)
        {
            // The schema names no fields (an open "object"): fill the model's own.
            return new JsonObject(info.Properties.Select(p => KeyValuePair.Create(p.Name, Value(null, p.PropertyType, options, p.Name, depth + 1))));
        }

        return SchemaLeaf(schema, name);
    }

    /// <summary>A value the model's leaf type reads, or null when the type is not a leaf (an object, a collection, JsonElement).</summary>
    private static JsonNode? Leaf(Type type, VendorSchema? schema, string name)
    {
        if (type == typeof(Md5Password))
        {
            return Md5Password.FromPlainText("contract-" + name).ToMd5Hex();
        }

        if (type == typeof(Cmfbl.Sdk.Models.ScaledPrice))
        {
            return "123456"; // a price scaled by its digits, as the SDK writes it: the integer as a string
        }

        if (type.IsEnum)
        {
            // A defined code, preferring one that is not the default (0 is often "unknown").
            var values = Enum.GetValuesAsUnderlyingType(type).Cast<object>().Select(static v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return values.FirstOrDefault(static v => v != 0, values.FirstOrDefault());
        }

        if (type == typeof(DateTimeOffset))
        {
            return 1_700_000_000_123L;
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
        {
            return 7;
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            // The vendor writes amounts as strings ("12.50") where its schema says string, as numbers elsewhere.
            return schema?.Type == "string" ? JsonValue.Create("12.50") : JsonValue.Create(12.5m);
        }

        return type == typeof(string) ? Text(schema, name) : null;
    }

    private static JsonNode? SchemaLeaf(VendorSchema? schema, string name) => schema?.Type switch
    {
        "string" => Text(schema, name),
        "integer" => 7,
        "number" => 12.5m,
        "boolean" => true,
        "object" => new JsonObject(),
        _ => schema?.Example?.DeepClone() ?? Text(schema, name),
    };

    /// <summary>The schema's own example when it is text, else text that names the field.</summary>
    private static JsonNode Text(VendorSchema? schema, string name) =>
        schema?.Example is JsonValue example && example.TryGetValue<string>(out var text) && text.Length > 0 && !text.Contains("{{", StringComparison.Ordinal)
            ? JsonValue.Create(text)
            : JsonValue.Create("contract-" + name);
}

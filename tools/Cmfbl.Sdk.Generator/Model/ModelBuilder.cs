using Cmfbl.Sdk.Generator.Naming;
using Cmfbl.Sdk.Generator.Overlay;
using Cmfbl.Sdk.Generator.Vendor;

namespace Cmfbl.Sdk.Generator.Model;

/// <summary>Builds generated models from vendor schemas, nested objects included, and keeps their names unique.</summary>
internal sealed class ModelBuilder(FamilyOverlay family, CommonOverlay common, string overlayFile, IReadOnlySet<string> valueTypes, IReadOnlySet<string> answerComponents, IReadOnlySet<string> otherFamilies)
{
    private readonly Dictionary<string, ModelDefinition> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byComponent = new(StringComparer.Ordinal);

    private readonly List<string> _conflicts = [];

    /// <summary>The models whose properties are being built (a tree's component meets itself before it is done).</summary>
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ModelDefinition> Models => _models.Values;

    /// <summary>Gets the names two different models wanted (each an error: the overlay must tell them apart).</summary>
    public IReadOnlyList<string> Conflicts => _conflicts;

    private string Namespace => family.Namespace + ".Models";

    /// <summary>Finds a generated model by its fully qualified name.</summary>
    public ModelDefinition? Find(string fullName) => _models.Values.FirstOrDefault(m => m.FullName == fullName);

    /// <summary>Builds (or reuses) the model for an object schema and returns its C# name.</summary>
    public string Build(VendorSchema schema, string suggestedName, bool isRequest, string usedBy)
    {
        var componentKey = schema.ComponentName is { } component ? $"{component}|{isRequest}" : null;
        if (componentKey is not null && _byComponent.TryGetValue(componentKey, out var existing))
        {
            var reused = _models[existing];
            reused.UsedBy.Add(usedBy);
            if (!_building.Contains(existing))
            {
                // One component, several operations: the model holds every field any of their examples shows
                // (findFundPageWithRealTimeInfo's records carry the market price that findFundPage's do not).
                var missing = schema.Properties
                    .Where(p => !string.IsNullOrWhiteSpace(p.Name) && reused.Properties.All(known => known.VendorName != p.Name))
                    .Select(p => Property(existing, p.Name, p.Schema, schema.Required.Contains(p.Name), isRequest, family.Models.GetValueOrDefault(existing)?.Fields.GetValueOrDefault(p.Name), usedBy))
                    .ToList();
                if (missing.Count > 0)
                {
                    reused.Properties = Deduplicate([.. reused.Properties, .. missing]);
                }
            }

            return existing;
        }

        // An entry keyed by the rule's name may rename the model; its field corrections apply either way. A name
        // another family's models already have gets this family's name in front (ClientTradeTime), so a caller who
        // imports both families' namespaces never meets an ambiguous name, and one JSON context holds both.
        var overlay = family.Models.GetValueOrDefault(suggestedName);
        var wanted = overlay?.Name ?? suggestedName;
        var name = Unique(otherFamilies.Contains(wanted) ? family.Family + wanted : wanted, usedBy);
        overlay ??= family.Models.GetValueOrDefault(name);
        var model = new ModelDefinition
        {
            Name = name,
            Namespace = Namespace,
            IsRequest = isRequest,
            Summary = ModelSummary(name, schema, isRequest, usedBy),
            Properties = [],
            Source = overlayFile,
        };
        _models[name] = model;
        if (componentKey is not null)
        {
            _byComponent[componentKey] = name;
        }

        model.UsedBy.Add(usedBy);
        _building.Add(name);
        var properties = new List<PropertyDefinition>();
        foreach (var (vendorName, fieldSchema) in schema.Properties)
        {
            if (string.IsNullOrWhiteSpace(vendorName))
            {
                continue;
            }

            properties.Add(Property(name, vendorName, fieldSchema, schema.Required.Contains(vendorName), isRequest, overlay?.Fields.GetValueOrDefault(vendorName), usedBy));
        }

        foreach (var (vendorName, extra) in overlay?.Extra ?? [])
        {
            properties.Add(Property(name, vendorName, new VendorSchema { Type = "string", Description = extra.Doc }, extra.Required ?? false, isRequest, extra, usedBy));
        }

        model.Properties = Deduplicate(properties);
        _building.Remove(name);
        return name;
    }

    /// <summary>The C# type of a map answer (<c>additionalProperties</c>): a read-only map of its values, typed by the field rules.</summary>
    public string MapType(VendorSchema schema, string suggestedName, string usedBy) =>
        FieldType(suggestedName, "item", schema, isRequest: false, usedBy).Type;

    /// <summary>The C# type of an answer or list item that is not an object: a primitive, or JsonElement when the schema leaves it open.</summary>
    public static string ScalarType(string field, VendorSchema? schema) =>
        schema is null ? "JsonElement" : TypeRules.Primitive(field, schema) ?? "JsonElement";

    private PropertyDefinition Property(string owner, string vendorName, VendorSchema schema, bool required, bool isRequest, FieldOverlay? overlay, string usedBy)
    {
        var (type, listItem) = overlay?.Type is { } forced
            ? (forced, ListItemOf(forced))
            : FieldType(owner, vendorName, schema, isRequest, usedBy);
        var secret = overlay?.Secret == true || common.Secrets.Contains(vendorName, StringComparer.Ordinal);
        if (isRequest && overlay?.Type is null && vendorName is "current" or "size")
        {
            // The documented paging defaults: current = 1, size = 20; the walkers count on them.
            return new PropertyDefinition
            {
                VendorName = vendorName,
                Name = Names.Property(vendorName),
                Type = "int",
                IsValueType = true,
                Required = false,
                Doc = vendorName == "current" ? "The 1-based page number (<c>current</c>). The default is 1." : "The number of records per page (<c>size</c>). The default is 20.",
                Default = vendorName == "current" ? "1" : "20",
            };
        }

        var doc = overlay?.Doc ?? FieldDoc(vendorName, schema, required && isRequest);
        return new PropertyDefinition
        {
            VendorName = vendorName,
            Name = overlay?.Name ?? Names.Property(vendorName),
            Type = type,
            IsValueType = TypeRules.IsValueType(type, valueTypes),
            Required = isRequest && (overlay?.Required ?? required),
            Doc = doc,
            Secret = secret,
            Default = overlay?.Default,
            ListItem = listItem,
        };
    }

    private (string Type, string? ListItem) FieldType(string owner, string vendorName, VendorSchema schema, bool isRequest, string usedBy)
    {
        if ((isRequest && family.RequestFieldTypes.TryGetValue(vendorName, out var familyType))
            || family.FieldTypes.TryGetValue(vendorName, out familyType)
            || common.FieldTypes.TryGetValue(vendorName, out familyType))
        {
            return (familyType, ListItemOf(familyType));
        }

        if (schema.IsMap)
        {
            // additionalProperties: keyed by codes, so a read-only map of the values (their type by the same rules).
            var (value, _) = FieldType(owner, vendorName, schema.AdditionalProperties!, isRequest, usedBy);
            return ($"IReadOnlyDictionary<string, {value}>", null);
        }

        if (schema.Type == "array" || schema.Items is not null)
        {
            var item = schema.Items is { IsObject: true } objectItem
                ? Build(objectItem, ItemName(owner, vendorName, objectItem, isRequest), isRequest, usedBy)
                : ScalarType(Names.Singular(vendorName), schema.Items);
            return ($"IReadOnlyList<{item}>", item);
        }

        if (schema.IsObject)
        {
            return schema.Properties.Count == 0 && !schema.IsRecursion
                ? ("JsonElement", null)
                : (Build(schema, ChildName(owner, vendorName, schema, isRequest), isRequest, usedBy), null);
        }

        return (ScalarType(vendorName, schema), null);
    }

    private static string? ListItemOf(string type) =>
        type.StartsWith("IReadOnlyList<", StringComparison.Ordinal) ? type["IReadOnlyList<".Length..^1] : null;

    private string ChildName(string owner, string vendorName, VendorSchema schema, bool isRequest) =>
        schema.ComponentName is { } component ? ComponentModelName(component, isRequest) : owner + Names.Property(vendorName);

    private string ItemName(string owner, string vendorName, VendorSchema item, bool isRequest) =>
        item.ComponentName is { } component ? ComponentModelName(component, isRequest) : owner + Names.Singular(Names.Property(vendorName));

    /// <summary>
    /// A nested component's model name. A component some answer also uses gets two models (a request model is init-only,
    /// an answer model settable): the answer keeps the component's name and the request's gets <c>Input</c> after it,
    /// whichever operation comes first.
    /// </summary>
    private string ComponentModelName(string component, bool isRequest) =>
        Names.FromComponent(component) + (isRequest && answerComponents.Contains(component) ? "Input" : string.Empty);

    private string Unique(string name, string usedBy)
    {
        if (!_models.ContainsKey(name))
        {
            return name;
        }

        for (var i = 2; ; i++)
        {
            if (!_models.ContainsKey(name + i))
            {
                _conflicts.Add($"{overlayFile}: two different models want the name {name} ({string.Join(", ", _models[name].UsedBy)} and {usedBy}): give one service a modelPrefix, or name the model in the operation (request: name / answer: name).");
                return name + i;
            }
        }
    }

    private static List<PropertyDefinition> Deduplicate(List<PropertyDefinition> properties)
    {
        // Two vendor fields can map to one .NET name (userId / user_id): keep the first, and suffix the rest.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PropertyDefinition>();
        foreach (var property in properties)
        {
            var name = property.Name;
            for (var i = 2; !seen.Add(name); i++)
            {
                name = property.Name + i;
            }

            result.Add(property with { Name = name });
        }

        return result;
    }

    private static string FieldDoc(string vendorName, VendorSchema schema, bool required)
    {
        var text = Names.Xml(schema.Doc);
        var field = required ? $"<c>{vendorName}</c>, required" : $"<c>{vendorName}</c>";
        return text.Length == 0 ? $"The vendor's {field}; the vendor does not document it." : $"{Names.Sentence(text).TrimEnd('.')} ({field}).";
    }

    private static string ModelSummary(string name, VendorSchema schema, bool isRequest, string usedBy)
    {
        var text = Names.Xml(schema.Doc);
        return isRequest
            ? $"The body of <c>{usedBy}</c>."
            : text.Length > 0 && text.Length < 200 ? Names.Sentence(text) : $"Part of the answer of <c>{usedBy}</c>.";
    }
}

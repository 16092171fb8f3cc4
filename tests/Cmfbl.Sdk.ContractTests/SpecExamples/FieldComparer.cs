using System.Globalization;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Finds the fields of an example that a JSON document the SDK wrote lost: a field the model has no property for, a
/// value left out or changed. The equivalences it accepts are listed in the README (Spec example replay); everything
/// else must be the same value.
/// </summary>
internal sealed class FieldComparer
{
    /// <summary>Writes values in messages as they read ("+86", not "\u002B86").</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly JsonSerializerOptions _options;
    private readonly List<string> _differences = [];

    private FieldComparer(JsonSerializerOptions options) => _options = options;

    /// <summary>The differences, one line each with its JSON path; empty when every field of <paramref name="expected"/> is kept.</summary>
    /// <param name="expected">The example (or synthesized value).</param>
    /// <param name="actual">What the SDK wrote: the typed answer serialized back, or the body it sent.</param>
    /// <param name="type">The model type the SDK read or wrote it with (guides the checks for missing properties).</param>
    /// <param name="options">The SDK's JSON options.</param>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, Type? type, JsonSerializerOptions options)
    {
        var comparer = new FieldComparer(options);
        comparer.Compare("$", expected, actual, type);
        return comparer._differences;
    }

    private void Compare(string path, JsonNode? expected, JsonNode? actual, Type? type)
    {
        switch (expected)
        {
            case null:
                return; // a null carries nothing to lose
            case JsonObject obj:
                CompareObject(path, obj, actual, type);
                return;
            case JsonArray array:
                CompareArray(path, array, actual, type);
                return;
            case JsonValue value:
                CompareValue(path, value, actual, type);
                return;
        }
    }

    private void CompareObject(string path, JsonObject expected, JsonNode? actual, Type? type)
    {
        if (expected.Count == 0 && actual is null or JsonObject { Count: 0 } or JsonArray { Count: 0 })
        {
            return; // {} carries no field
        }

        if (actual is JsonArray list && ModelTypes.ItemType(type) is { } item && !ModelTypes.IsDictionary(type))
        {
            if (IsMapOfItems(expected, list, item))
            {
                // A map keyed by a code, read as the list of its values (each value repeats its key).
                var index = 0;
                foreach (var (key, value) in expected)
                {
                    Compare($"{path}.{key}", value, list[index++], item);
                }

                return;
            }

            if (list.Count == 1)
            {
                Compare(path, expected, list[0], item); // one object read as a list of one
                return;
            }
        }

        if (actual is not JsonObject written)
        {
            _differences.Add($"{path}: expected an object, the SDK wrote {Describe(actual)}");
            return;
        }

        var info = ModelTypes.ObjectInfo(type, _options);
        var values = ModelTypes.IsDictionary(type) ? ModelTypes.ItemType(type) : null;
        foreach (var (field, value) in expected)
        {
            var at = $"{path}.{field}";
            if (info is null)
            {
                Compare(at, value, Field(written, field), values);
                continue;
            }

            if (ModelTypes.Property(info, field) is not { } property)
            {
                _differences.Add($"{at}: {Name(info.Type)} has no property for it (the field is dropped)");
                continue;
            }

            Compare(at, value, Field(written, property.Name), property.PropertyType);
        }
    }

    /// <summary>Whether an object is a map of items rather than one item: as many objects as the list has, and keys that are not the item's fields.</summary>
    private bool IsMapOfItems(JsonObject expected, JsonArray list, Type item) =>
        expected.Count == list.Count
        && expected.All(static p => p.Value is JsonObject)
        && (ModelTypes.ObjectInfo(item, _options) is not { } info || expected.Any(p => ModelTypes.Property(info, p.Key) is null));

    private void CompareArray(string path, JsonArray expected, JsonNode? actual, Type? type)
    {
        if (expected.Count == 0 && actual is not JsonValue)
        {
            return; // [] carries no field: nothing written for it (an empty list, {}, an empty page) loses any
        }

        if (actual is not JsonArray written)
        {
            _differences.Add($"{path}: expected an array of {expected.Count}, the SDK wrote {Describe(actual)}");
            return;
        }

        if (written.Count != expected.Count)
        {
            _differences.Add($"{path}: expected {expected.Count} item(s), the SDK wrote {written.Count}");
        }

        var item = ModelTypes.ItemType(type);
        for (var i = 0; i < Math.Min(expected.Count, written.Count); i++)
        {
            Compare($"{path}[{i}]", expected[i], written[i], item);
        }
    }

    private void CompareValue(string path, JsonValue expected, JsonNode? actual, Type? type)
    {
        if (actual is null)
        {
            if (!CarriesNothing(expected, type))
            {
                _differences.Add($"{path}: expected {expected.ToJsonString(Readable)}, the SDK left it out");
            }

            return;
        }

        if (!Same(expected, actual, type))
        {
            _differences.Add($"{path}: expected {expected.ToJsonString(Readable)}, the SDK wrote {actual.ToJsonString(Readable)}");
        }
    }

    /// <summary>"" (the SDK reads it as no value where the model holds a number, time or code) and a zero time.</summary>
    private static bool CarriesNothing(JsonValue expected, Type? type) =>
        (expected.TryGetValue<string>(out var text) && text.Length == 0)
        || (ModelTypes.IsTime(type) && Number(expected) == 0m);

    private static bool Same(JsonValue expected, JsonNode actual, Type? type)
    {
        if (actual is not JsonValue written)
        {
            return false;
        }

        if (Text(expected) is { } text && text == Text(written))
        {
            return true; // the same text, as a string or as a number ("1" and 1)
        }

        if (Number(expected) is { } e && Number(written) is { } w)
        {
            return e == w; // the same number, however written ("1.50" and 1.5)
        }

        if (written.GetValueKind() is JsonValueKind.True or JsonValueKind.False || expected.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            return Boolean(expected) is { } eb && Boolean(written) is { } wb && eb == wb; // 1 / "1" / "true" and true
        }

        if (expected.TryGetValue<string>(out var name) && type is not null && ModelTypes.Plain(type).IsEnum
            && Enum.TryParse(ModelTypes.Plain(type), name, ignoreCase: true, out var parsed) && Number(written) is { } code)
        {
            return Convert.ToDecimal(parsed, CultureInfo.InvariantCulture) == code; // a code sent by name, written as its number
        }

        // "" read into a code, number or flag the model defaults (0, false).
        return expected.TryGetValue<string>(out var empty) && empty.Length == 0 && (Number(written) == 0m || Boolean(written) == false);
    }

    private static JsonNode? Field(JsonObject obj, string name) =>
        obj.TryGetPropertyValue(name, out var value) ? value : obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private static decimal? Number(JsonValue value) =>
        Text(value) is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static bool? Boolean(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => Text(value) switch
        {
            "1" or "true" => true,
            "0" or "false" => false,
            _ => null,
        },
    };

    private static string Describe(JsonNode? node) => node switch
    {
        null => "nothing",
        JsonArray array => $"an array of {array.Count}",
        JsonObject => "an object",
        _ => node.ToJsonString(Readable),
    };

    private static string Name(Type type) => type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>What the SDK's JSON contract says about a model type: its JSON properties, its item type, its leaf kind.</summary>
internal static class ModelTypes
{
    /// <summary>The type's contract when it is an object with properties (not a collection, a converter-read value or JsonElement).</summary>
    public static JsonTypeInfo? ObjectInfo(Type? type, JsonSerializerOptions options) =>
        type is not null && options.TryGetTypeInfo(Plain(type), out var info) && info.Kind == JsonTypeInfoKind.Object && info.Properties.Count > 0 ? info : null;

    /// <summary>The property that reads a JSON field: its exact name first, then (as the SDK reads, case-insensitively) any other case.</summary>
    public static JsonPropertyInfo? Property(JsonTypeInfo info, string field) =>
        info.Properties.FirstOrDefault(p => p.Name == field)
        ?? info.Properties.FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));

    /// <summary>The item type of a collection (the value type of a dictionary), or null when the type is not one.</summary>
    public static Type? ItemType(Type? type)
    {
        if (type is null || type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var dictionary = Generic(type, typeof(IReadOnlyDictionary<,>)) ?? Generic(type, typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return Generic(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    /// <summary>Whether the type is a dictionary (its JSON object has any field names).</summary>
    public static bool IsDictionary(Type? type) => type is not null && (Generic(type, typeof(IReadOnlyDictionary<,>)) ?? Generic(type, typeof(IDictionary<,>))) is not null;

    /// <summary>The type without <see cref="Nullable{T}"/>.</summary>
    public static Type Plain(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>Whether the type is a time the SDK reads from Unix milliseconds (where 0 means "no time").</summary>
    public static bool IsTime(Type? type) => type is not null && Plain(type) == typeof(DateTimeOffset);

    private static Type? Generic(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// The request an operation is called with: the spec's request example read into the method's request type with the
/// SDK's JSON options, or, without an example, a request synthesized from the request schema.
/// </summary>
internal static class RequestBuilder
{
    /// <summary>The request object and the body it must produce (the example, with the documented exceptions applied).</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="options">The SDK's JSON options.</param>
    /// <returns>
    /// The request (null when the method takes no body), the fields the body sent must carry, and the required
    /// fields the example lacked, which were filled with synthesized values so the SDK accepts the request.
    /// </returns>
    /// <exception cref="JsonException">The example cannot be read into the request type (a model gap), or is not JSON and not listed in <see cref="KnownDeviations"/>.</exception>
    public static (object? Request, JsonNode? Expected, IReadOnlyList<string> Completed) Build(SpecOperation operation, JsonSerializerOptions options)
    {
        var type = operation.RequestType;
        var vendor = operation.Operation.Vendor;
        if (type is null && vendor.RequestSchema is null && ExampleJson.IsMissing(vendor.RequestExample))
        {
            // The spec documents no body at all (thirdExt/now): the SDK sends {}, as for every call without a request.
            return (null, new JsonObject(), []);
        }

        JsonNode? example = null;
        if (!ExampleJson.IsMissing(vendor.RequestExample))
        {
            example = ExampleJson.Envelope(vendor.RequestExample, out var problem);
            if (example is null && KnownDeviations.UnreadableExample(KnownDeviations.RequestExample(operation.Id)) is null)
            {
                throw new JsonException($"{problem} (a vendor example that is not JSON is a known deviation only with its reason: SpecExamples/KnownDeviations.cs)");
            }
        }

        // No example, or one listed as unreadable (the vendor's text is not JSON): a request synthesized from the schema.
        var json = example is null
            ? ExampleSynthesizer.Value(vendor.RequestSchema, type, options, "request")
            : ExampleJson.Substitute(example);
        if (type is null)
        {
            return (null, json, []);
        }

        json = HashPasswords(json, type, options);
        var completed = new List<string>();
        if (json is JsonObject obj && ModelTypes.ObjectInfo(type, options) is { } info)
        {
            foreach (var property in info.Properties.Where(p => p.IsRequired && !obj.Any(f => string.Equals(f.Key, p.Name, StringComparison.OrdinalIgnoreCase))))
            {
                var schema = vendor.RequestSchema?.Properties.FirstOrDefault(f => f.Name == property.Name).Schema;
                obj[property.Name] = ExampleSynthesizer.Value(schema, property.PropertyType, options, property.Name);
                completed.Add(property.Name);
            }
        }

        var request = json is null ? Activator.CreateInstance(type) : json.Deserialize(type, options);
        return (request, json, completed);
    }

    /// <summary>
    /// A copy of <paramref name="node"/> where each field the model types as <see cref="Md5Password"/> holds what the
    /// SDK sends for it: the lowercase MD5 of the example's plain text (kept when it already is 32 hex digits; left out
    /// when empty, which no password is).
    /// </summary>
    private static JsonNode? HashPasswords(JsonNode? node, Type type, JsonSerializerOptions options)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray(array.Select(item => HashPasswords(item, ModelTypes.ItemType(type) ?? typeof(object), options)).ToArray());
            case JsonObject obj when ModelTypes.ObjectInfo(type, options) is { } info:
                var copy = new JsonObject();
                foreach (var (field, value) in obj)
                {
                    var property = ModelTypes.Property(info, field);
                    if (property?.PropertyType != typeof(Md5Password))
                    {
                        copy[field] = property is null ? value?.DeepClone() : HashPasswords(value, property.PropertyType, options);
                    }
                    else if (value is JsonValue text && (text.TryGetValue<string>(out var plain) ? plain : text.ToJsonString()) is { Length: > 0 } password)
                    {
                        copy[field] = IsMd5(password) ? password.ToLowerInvariant() : Md5Password.FromPlainText(password).ToMd5Hex();
                    }
                }

                return copy;
            default:
                return node?.DeepClone();
        }
    }

    private static bool IsMd5(string text) => text.Length == 32 && text.All(Uri.IsHexDigit);
}

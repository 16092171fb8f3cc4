using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Cmfbl.Sdk.Generator.Vendor;

/// <summary>Reads a vendor OpenAPI file with Microsoft.OpenApi and reduces it to <see cref="VendorOperation"/>s.</summary>
internal static partial class SpecReader
{
    /// <summary>Microsoft.OpenApi stands in this string for a JSON null inside examples.</summary>
    private const string NullSentinelPrefix = "openapi-json-null-sentinel-value";

    /// <summary>How the vendor's examples written as text are read: JSON with trailing commas and comments, as its documentation tool accepts.</summary>
    public static readonly System.Text.Json.JsonDocumentOptions LenientJson = new() { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip };

    public static async Task<IReadOnlyList<VendorOperation>> ReadAsync(string path)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        var (document, _) = await OpenApiDocument.LoadAsync(path, settings).ConfigureAwait(false);
        if (document?.Paths is null)
        {
            throw new InvalidOperationException($"{path} could not be read as an OpenAPI document.");
        }

        var operations = new List<VendorOperation>();
        foreach (var (specPath, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>())
            {
                if (method == HttpMethod.Head)
                {
                    continue; // the Client spec's "global request header" pseudo-operation, not an operation
                }

                operations.Add(Read(specPath, method, operation));
            }
        }

        return operations;
    }

    private static VendorOperation Read(string specPath, HttpMethod method, OpenApiOperation operation)
    {
        var last = specPath[(specPath.LastIndexOf('/') + 1)..];
        var isGateway = last.Contains('.', StringComparison.Ordinal);
        var description = operation.Description;
        var parameters = (operation.Parameters ?? [])
            .Select(static p => new VendorParameter(p.Name ?? string.Empty, p.In?.ToString().ToLowerInvariant() ?? "header", p.Required, Text(p.Example), p.Description))
            .ToArray();
        var request = operation.RequestBody?.Content?.TryGetValue("application/json", out var requestMedia) == true ? requestMedia : null;
        var response = operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var media) == true ? media : null;
        var envelope = response?.Schema is { } schema ? Convert(schema, 0, []) : null;
        var responseExamples = Examples(response);
        // The quote service's answer is {ret, msg, trace, data}; a gateway path without a dot (the Client API's
        // /global/thirdExt/randomKey) still answers the gateway envelope.
        var quote = !isGateway && (envelope?.Properties.Any(static p => p.Name == "ret") == true
            || responseExamples.OfType<JsonObject>().Any(static e => e.ContainsKey("ret")));
        var data = envelope?.Properties.FirstOrDefault(static p => p.Name == "data").Schema;
        var dataExample = responseExamples.OfType<JsonObject>().Where(IsSuccess).Select(static e => e["data"]).FirstOrDefault(static d => d is not null);
        data = ExampleSchemas.Merge(data, dataExample);
        var requestExamples = Examples(request).Select(TextAsJson).ToList();
        var requestSchema = ExampleSchemas.Merge(request?.Schema is { } body ? Convert(body, 0, []) : null, requestExamples.Count > 0 ? requestExamples[0] : null);
        var requestExample = requestExamples.Count > 0 ? requestExamples[0] : null;
        var queryInUrl = quote && parameters.Any(static p => p.In == "query" && p.Name == "query");
        if (quote)
        {
            (requestSchema, requestExample) = QuoteRequest(requestSchema, requestExample, parameters);
        }

        return new VendorOperation
        {
            Path = specPath,
            HttpMethod = method.Method.ToUpperInvariant(),
            BizType = isGateway ? last : specPath.TrimStart('/'),
            DescribedBizType = Described(description, "bizType"),
            Version = Described(description, "version") ?? Header(parameters, "version"),
            Group = Described(description, "group") ?? Header(parameters, "group"),
            Summary = operation.Summary,
            Description = description,
            Tags = (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(static t => t.Name ?? string.Empty).Where(static t => t.Length > 0).ToArray(),
            Parameters = parameters,
            RequestSchema = requestSchema,
            RequestExample = requestExample,
            DataSchema = data,
            DataExample = dataExample,
            ResponseExamples = responseExamples,
            QuoteEnvelope = quote,
            QuoteQueryInUrl = queryInUrl,
        };
    }

    /// <summary>
    /// A quote request is <c>{trace, data}</c>, sent as the URL-encoded JSON <c>query</c> parameter (whose description
    /// shows it) or as the body (<c>batch-kline</c>). The SDK writes <c>trace</c> itself, so the request model is the
    /// <c>data</c> part: the body schema's <c>data</c>, or the JSON the <c>query</c> parameter's description shows.
    /// </summary>
    private static (VendorSchema? Schema, JsonNode? Example) QuoteRequest(VendorSchema? body, JsonNode? bodyExample, IReadOnlyList<VendorParameter> parameters)
    {
        if (body?.Properties.FirstOrDefault(static p => p.Name == "data").Schema is { } data)
        {
            return (data, bodyExample?["data"]?.DeepClone());
        }

        var shown = parameters.FirstOrDefault(static p => p.In == "query" && p.Name == "query")?.Description is { } description
            ? JsonIn(description)?["data"]?.DeepClone()
            : null;
        return (ExampleSchemas.Merge(null, shown), shown);
    }

    /// <summary>The first JSON object a text shows (from its first <c>{</c> to the last <c>}</c> that closes a valid object).</summary>
    private static JsonObject? JsonIn(string text)
    {
        var start = text.IndexOf('{', StringComparison.Ordinal);
        for (var end = text.LastIndexOf('}'); start >= 0 && end > start; end = text.LastIndexOf('}', end - 1))
        {
            try
            {
                if (JsonNode.Parse(text[start..(end + 1)]) is JsonObject json)
                {
                    return json;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // not yet a whole object: try the previous closing brace
            }
        }

        return null;
    }

    private static List<JsonNode?> Examples(OpenApiMediaType? media)
    {
        if (media is null)
        {
            return [];
        }

        var examples = new List<JsonNode?>();
        if (media.Example is { } example)
        {
            examples.Add(Clean(example));
        }

        foreach (var (_, named) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (named.Value is { } value)
            {
                examples.Add(Clean(value));
            }
        }

        return examples;
    }

    /// <summary>Whether an example answer is a success (gateway <c>code</c> "0" or the quote service's <c>ret</c> 200); only those show the data's shape.</summary>
    public static bool IsSuccess(JsonObject answer) =>
        answer["code"] is JsonValue code ? code.ToJsonString().Trim('"') == "0" : answer["ret"] is JsonValue ret && ret.ToJsonString() == "200";

    /// <summary>
    /// The schema reduced to a <see cref="VendorSchema"/>. A component met again inside itself (a tree: a country's
    /// <c>childs</c> are countries) is not unfolded again: it becomes a reference back (<see cref="VendorSchema.IsRecursion"/>),
    /// which the model builder turns into the component's own model, so a tree of any depth reads.
    /// </summary>
    private static VendorSchema Convert(IOpenApiSchema schema, int depth, ImmutableStack<string> enclosing)
    {
        var component = schema is OpenApiSchemaReference reference ? reference.Reference?.Id : null;
        if (component is not null && enclosing.Contains(component))
        {
            return new VendorSchema { Type = "object", ComponentName = component, IsRecursion = true, Description = schema.Description };
        }

        if (depth > 12)
        {
            return new VendorSchema { Type = "object", ComponentName = component };
        }

        var inside = component is null ? enclosing : enclosing.Push(component);
        var properties = (schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            .Select(p => (p.Key, Convert(p.Value, depth + 1, inside)))
            .ToArray();
        return new VendorSchema
        {
            Type = TypeName(schema.Type),
            Format = schema.Format,
            Title = schema.Title,
            Description = schema.Description,
            ComponentName = component,
            Properties = properties,
            Required = new HashSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal),
            Items = schema.Items is { } items ? Convert(items, depth + 1, inside) : null,
            AdditionalProperties = schema.AdditionalProperties is { } values ? Convert(values, depth + 1, inside) : null,
#pragma warning disable CS0618 // The vendor's files are OpenAPI 3.0, whose schemas carry one "example"; Microsoft.OpenApi reads it here.
            Example = schema.Example is { } example ? Clean(example) : null,
#pragma warning restore CS0618
        };
    }

    private static string? TypeName(JsonSchemaType? type)
    {
        if (type is not { } t)
        {
            return null;
        }

        foreach (var (flag, name) in new[]
        {
            (JsonSchemaType.Object, "object"), (JsonSchemaType.Array, "array"), (JsonSchemaType.String, "string"),
            (JsonSchemaType.Integer, "integer"), (JsonSchemaType.Number, "number"), (JsonSchemaType.Boolean, "boolean"),
        })
        {
            if (t.HasFlag(flag))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A copy of an example with Microsoft.OpenApi's null sentinel turned back into JSON null.</summary>
    private static JsonNode? Clean(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) && text.StartsWith(NullSentinelPrefix, StringComparison.Ordinal) => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Clean(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Clean).ToArray()),
        _ => node.DeepClone(),
    };

    /// <summary>
    /// A request example the vendor wrote as text (a JSON object in a string) read as that object, as the vendor's
    /// tool reads it: trailing commas and comments allowed. Text that does not read stays text (the replay reports it).
    /// </summary>
    private static JsonNode? TextAsJson(JsonNode? example)
    {
        if (example is not JsonValue value || !value.TryGetValue<string>(out var text) || text.IndexOf('{', StringComparison.Ordinal) is not (var start and >= 0))
        {
            return example;
        }

        try
        {
            return JsonNode.Parse(text[start..], documentOptions: LenientJson) as JsonObject ?? example;
        }
        catch (System.Text.Json.JsonException)
        {
            return example;
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<string>(out var text) ? text : value.ToJsonString()
        : node?.ToJsonString();

    private static string? Header(IEnumerable<VendorParameter> parameters, string name) =>
        parameters.FirstOrDefault(p => p.In == "header" && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Example;

    /// <summary>Finds <c>name=value</c> in a description (the vendor writes version, group and bizType that way).</summary>
    private static string? Described(string? description, string name)
    {
        if (description is null)
        {
            return null;
        }

        var match = Regex.Match(description, $@"(?:^|\s){Regex.Escape(name)}\s*=\s*([A-Za-z0-9_.\-]+)", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value.TrimEnd('.') : null;
    }
}

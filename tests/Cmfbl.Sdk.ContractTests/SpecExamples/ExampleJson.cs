using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ContractTests.Infrastructure;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>How the vendor's examples are read before they are replayed (README: Spec example replay).</summary>
internal static class ExampleJson
{
    /// <summary>The documents' placeholders and the values the contract tests use for them (README: Test constants).</summary>
    private static readonly (string Placeholder, string Value)[] Placeholders =
    [
        ("{{company}}", Constants.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("{{app_id}}", Constants.AppId),
        ("{{app_secret}}", Constants.AppSecret),
        ("{{mock_phone}}", Constants.Phone),
        ("{{national_code}}", Constants.Country),
        ("{{customerId}}", Constants.CustomerId),
        ("{{customer}}", Constants.CustomerNo),
        ("{{customerNo}}", Constants.CustomerNo),
        ("{{LoginResult.data.token}}", Constants.ClientToken),
        ("{{sendToken}}", "38caf08b-fafd-4cb5-b36c-ebdd1878b974"),
    ];

    /// <summary>
    /// The example as a JSON object: the object itself, or, when the vendor wrote the example as text (prose, then the
    /// JSON), the JSON that starts at the text's first <c>{</c>, read as the vendor's documentation tool reads it
    /// (trailing commas and comments allowed). Null with <paramref name="problem"/> otherwise.
    /// </summary>
    public static JsonObject? Envelope(JsonNode? example, out string? problem)
    {
        problem = null;
        switch (example)
        {
            case JsonObject obj:
                return obj;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.IndexOf('{', StringComparison.Ordinal) is var start and >= 0:
                try
                {
                    // Text may hold placeholders outside quotes ("customerId": {{customerId}}): replaced before parsing.
                    // Read as the generator reads the vendor's text examples (trailing commas and comments allowed).
                    if (JsonNode.Parse(Substitute(text[start..]), documentOptions: Generator.Vendor.SpecReader.LenientJson) is JsonObject parsed)
                    {
                        return parsed;
                    }
                }
                catch (JsonException exception)
                {
                    problem = $"the example is text whose JSON does not parse: {exception.Message}";
                    return null;
                }

                break;
        }

        problem = $"the example is not a JSON object: {example?.ToJsonString() ?? "null"}";
        return null;
    }

    /// <summary>Whether the vendor wrote no example: none, or the empty text (<c>example: ''</c>).</summary>
    public static bool IsMissing(JsonNode? example) =>
        example is null || (example is JsonValue value && value.TryGetValue<string>(out var text) && string.IsNullOrWhiteSpace(text));

    /// <summary>
    /// Whether a code is a placeholder rather than a code: <c>""</c> or a word such as <c>text</c> (seed doc 002's
    /// page and detail, seed doc 003). The SDK treats only "0" as success, so such an example is replayed as a success
    /// with its code set to "0", every other field verbatim (as the mapping files do).
    /// </summary>
    public static bool IsPlaceholderCode(JsonObject envelope) =>
        envelope["code"] is JsonValue code && code.TryGetValue<string>(out var text) && text is "" or "text" or "string";

    /// <summary>The code of an envelope as text (the vendor writes it as a string; a number is read as its digits).</summary>
    public static string? Code(JsonObject envelope) => envelope["code"]?.ToJsonString().Trim('"');

    /// <summary>A copy of <paramref name="node"/> with the documents' placeholders in its strings replaced by the test constants.</summary>
    public static JsonNode? Substitute(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => new JsonObject(obj.Select(static p => KeyValuePair.Create(p.Key, Substitute(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Substitute).ToArray()),
        JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal) => JsonValue.Create(Substitute(text)),
        _ => node.DeepClone(),
    };

    private static string Substitute(string text) =>
        Placeholders.Aggregate(text, static (t, p) => t.Replace(p.Placeholder, p.Value, StringComparison.Ordinal));
}

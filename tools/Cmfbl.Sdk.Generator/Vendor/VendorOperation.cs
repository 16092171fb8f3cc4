using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Generator.Vendor;

/// <summary>One operation of a vendor OpenAPI file, identified by its path.</summary>
internal sealed record VendorOperation
{
    /// <summary>Gets the spec's path, for example <c>/global/customer.app.CustomerWebApiService.checkStatus</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the HTTP method in upper case.</summary>
    public required string HttpMethod { get; init; }

    /// <summary>Gets the bizType: the last segment of the path (the path is what is called; a description may name another).</summary>
    public required string BizType { get; init; }

    /// <summary>Gets the bizType the description names (<c>bizType=…</c>), when it says one.</summary>
    public string? DescribedBizType { get; init; }

    public string? Version { get; init; }

    public string? Group { get; init; }

    public string? Summary { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<VendorParameter> Parameters { get; init; } = [];

    public VendorSchema? RequestSchema { get; init; }

    public JsonNode? RequestExample { get; init; }

    /// <summary>Gets the schema of the answer's <c>data</c>, when the answer is an envelope.</summary>
    public VendorSchema? DataSchema { get; init; }

    /// <summary>Gets the <c>data</c> of the first success example that carries one (what <see cref="DataSchema"/> was completed from).</summary>
    public JsonNode? DataExample { get; init; }

    /// <summary>Gets the examples of the whole answer (the envelope), in the order the spec gives them.</summary>
    public IReadOnlyList<JsonNode?> ResponseExamples { get; init; } = [];

    /// <summary>Gets whether the answer is the quote service's <c>{ret, msg, data}</c> rather than the gateway envelope.</summary>
    public bool QuoteEnvelope { get; init; }

    /// <summary>Gets whether a quote request travels as the URL-encoded JSON <c>query</c> parameter (otherwise as the body).</summary>
    public bool QuoteQueryInUrl { get; init; }

    /// <summary>Gets the vendor service: the bizType without its method, for example <c>customer.app.CustomerWebApiService</c>.</summary>
    public string Service => BizType.Contains('.', StringComparison.Ordinal) ? BizType[..BizType.LastIndexOf('.')] : QuoteService;

    /// <summary>Gets the method part of the bizType, for example <c>checkStatus</c>.</summary>
    public string MethodName => BizType[(BizType.LastIndexOf('.') + 1)..];

    private string QuoteService => Path.Trim('/').Split('/')[0];
}

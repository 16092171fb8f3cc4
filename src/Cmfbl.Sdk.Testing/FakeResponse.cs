using Cmfbl.Sdk.Testing.Internal;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A response of your own making, for <see cref="FakeFaults.RespondNext(FakeResponse, int, string?)"/>: either raw
/// (status, body, headers) or an envelope built for the request it answers (<see cref="ErrorEnvelope"/>,
/// <see cref="SuccessEnvelope"/>), with the request's <c>trace</c> echoed.
/// </summary>
public sealed class FakeResponse
{
    private readonly Func<string?, string, string>? _render;

    /// <summary>Initializes a raw response: HTTP 200, <c>application/json</c>, empty body, no extra headers.</summary>
    public FakeResponse()
    {
    }

    private FakeResponse(Func<string?, string, string> render) => _render = render;

    /// <summary>Gets the HTTP status code. The default is 200.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>Gets the raw body. Ignored for responses made by <see cref="ErrorEnvelope"/> or <see cref="SuccessEnvelope"/>.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Gets the <c>Content-Type</c>. The default is <c>application/json</c>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Gets extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Makes an error envelope (<c>ok</c> false, <c>fail</c> true, <c>data</c> = the request's bizType, <c>trace</c>
    /// echoed), e.g. <c>FakeResponse.ErrorEnvelope("G500", "System error")</c>.
    /// </summary>
    /// <param name="code">The envelope <c>code</c>, e.g. <c>GATEWAY_CODE_011</c>.</param>
    /// <param name="msg">The envelope <c>msg</c>.</param>
    /// <param name="bizCode">The module code: <c>G</c> gateway (the default), <c>US</c> customer service, …</param>
    /// <param name="msgParams">The envelope <c>msgParams</c>, or <see langword="null"/>.</param>
    /// <returns>The response.</returns>
    public static FakeResponse ErrorEnvelope(string code, string msg, string bizCode = "G", string? msgParams = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        ArgumentNullException.ThrowIfNull(msg);
        ArgumentNullException.ThrowIfNull(bizCode);
        return new FakeResponse((trace, bizType) => Envelope.Error(new FakeError(code, msg, bizCode, msgParams), trace, bizType, 0).ToJsonString());
    }

    /// <summary>
    /// Makes a success envelope (<c>code</c> "0") whose <c>data</c> is the given JSON text, e.g. <c>"{}"</c> or
    /// <c>"[1,2]"</c>: handy for checking how a client reads shapes the vendor's examples disagree on.
    /// </summary>
    /// <param name="dataJson">The JSON text of <c>data</c>.</param>
    /// <returns>The response.</returns>
    /// <exception cref="System.Text.Json.JsonException"><paramref name="dataJson"/> is not JSON.</exception>
    public static FakeResponse SuccessEnvelope(string dataJson)
    {
        ArgumentNullException.ThrowIfNull(dataJson);
        var data = System.Text.Json.Nodes.JsonNode.Parse(dataJson);
        return new FakeResponse((trace, _) => Envelope.Success(data?.DeepClone(), trace, 0).ToJsonString());
    }

    internal string RenderBody(string? trace, string bizType) => _render is null ? Body : _render(trace, bizType);
}

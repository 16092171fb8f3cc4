namespace Cmfbl.Sdk.Testing;

/// <summary>One request the fake server received and how it answered: an entry of <see cref="CmfblFakeServer.Journal"/>.</summary>
public sealed class FakeRequest
{
    internal FakeRequest(
        DateTimeOffset time,
        string method,
        string path,
        string bizType,
        IReadOnlyDictionary<string, string> headers,
        string body,
        int statusCode,
        string? resultCode,
        FakeFault? fault)
    {
        Time = time;
        Method = method;
        Path = path;
        BizType = bizType;
        Headers = headers;
        Body = body;
        StatusCode = statusCode;
        ResultCode = resultCode;
        Fault = fault;
    }

    /// <summary>Gets when the request arrived, by <see cref="CmfblFakeServerOptions.TimeProvider"/>.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>Gets the HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the request path, e.g. <c>/openapi-b/customer.admin.WhiteCustomerAdminApiService.page</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets the bizType the path names (the last path segment), e.g. <c>customer.admin.WhiteCustomerAdminApiService.page</c>;
    /// <c>logout</c> for <c>/api/logout</c>.
    /// </summary>
    public string BizType { get; }

    /// <summary>Gets the request headers; names are case-insensitive, repeated values are joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the request body as text (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>Gets the HTTP status code of the answer; 0 when the connection was aborted (<see cref="FakeFault.ConnectionReset"/>).</summary>
    public int StatusCode { get; }

    /// <summary>
    /// Gets the envelope <c>code</c> of the answer: <c>"0"</c> on success, the error code otherwise;
    /// <see langword="null"/> when the answer was not an envelope (HTML, empty, malformed, aborted, raw <see cref="FakeResponse"/>).
    /// </summary>
    public string? ResultCode { get; }

    /// <summary>Gets the fault that answered this request, if one did.</summary>
    public FakeFault? Fault { get; }

    /// <summary>Gets the <c>trace</c> header, or <see langword="null"/> when it was not sent.</summary>
    public string? Trace => Headers.TryGetValue("trace", out var trace) ? trace : null;

    /// <summary>Returns e.g. <c>POST /openapi-b/… → 200 0</c>.</summary>
    /// <returns>A one-line summary without headers or body.</returns>
    public override string ToString() => $"{Method} {Path} → {StatusCode} {ResultCode}";
}

using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>
/// An in-process stand-in for the network: answers by bizType (the last path segment) and records every request.
/// A request with no route fails loudly.
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public IEnumerable<RecordedRequest> RequestsTo(string bizType) => Requests.Where(r => r.BizType == bizType);

    public StubHandler On(string bizType, Func<RecordedRequest, HttpResponseMessage> respond)
    {
        _routes[bizType] = (request, _) => Task.FromResult(respond(request));
        return this;
    }

    public StubHandler OnAsync(string bizType, Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> respond)
    {
        _routes[bizType] = respond;
        return this;
    }

    public StubHandler OnJson(string bizType, string json, HttpStatusCode status = HttpStatusCode.OK) =>
        On(bizType, _ => Json(json, status));

    public StubHandler OnData(string bizType, string dataJson) => OnJson(bizType, Envelope.Success(dataJson));

    /// <summary>Loses the answer of the first <paramref name="lost"/> requests (the response ends before it arrives), then answers <paramref name="dataJson"/>.</summary>
    public StubHandler OnDataAfterLostAnswers(string bizType, string dataJson, int lost = 1)
    {
        var attempts = 0;
        return On(bizType, _ => Interlocked.Increment(ref attempts) <= lost
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : Json(Envelope.Success(dataJson)));
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers
            .Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(h => h.Value).ToArray(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, headers, body) { Query = request.RequestUri.Query };
        _requests.Enqueue(recorded);
        if (!_routes.TryGetValue(recorded.BizType, out var respond))
        {
            throw new InvalidOperationException($"The stub has no route for {recorded.Path}.");
        }

        var response = await respond(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}

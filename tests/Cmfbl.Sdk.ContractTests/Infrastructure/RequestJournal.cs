using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// Every request the server received, recorded on arrival (before WireMock.Net answers it, so a request still waiting
/// on a mapping's delay is already counted). WireMock.Net's own log records a request only once it has been answered.
/// </summary>
internal sealed class RequestJournal
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();

    /// <summary>The middleware: records the request, then lets WireMock.Net read it again.</summary>
    public async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }

        request.Body.Position = 0;
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new ReceivedRequest(request.Method, request.Path.Value ?? "/", headers, body));
        await next(context);
    }

    /// <summary>The requests with this method and path, oldest first.</summary>
    public IReadOnlyList<ReceivedRequest> Find(string path, string method) =>
        _requests.Where(r => r.Path == path && string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToArray();

    public void Clear() => _requests.Clear();
}

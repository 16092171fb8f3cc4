using System.Net;
using System.Net.Http.Headers;

namespace Cmfbl.Sdk.Benchmarks.Wire;

/// <summary>
/// The network, in memory: reads the request body to the end (so the request is really serialized, as a socket
/// would), then answers with the canned bytes of the bizType (the last path segment) in a fresh response, as a
/// socket handler would. The SDK and the baseline send through the same instance.
/// </summary>
public sealed class InMemoryTransport : HttpMessageHandler
{
    private int _authCalls;

    /// <summary>Gets how many auth calls were answered (1 in steady state: the SDK caches the token).</summary>
    public int AuthCalls => Volatile.Read(ref _authCalls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var bizType = BizTypeOf(request.RequestUri!);
        if (bizType.SequenceEqual(Payloads.AuthBizType))
        {
            Interlocked.Increment(ref _authCalls);
        }

        var body = Payloads.For(bizType) ?? throw new InvalidOperationException($"No canned answer for {request.RequestUri}.");
        return Respond(request, new ByteArrayContent(body));
    }

    internal static ReadOnlySpan<char> BizTypeOf(Uri uri)
    {
        var path = uri.AbsolutePath.AsSpan();
        return path[(path.LastIndexOf('/') + 1)..];
    }

    internal static HttpResponseMessage Respond(HttpRequestMessage request, HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request, Version = request.Version };
    }
}

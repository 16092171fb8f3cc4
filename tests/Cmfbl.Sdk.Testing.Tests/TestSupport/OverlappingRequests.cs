using System.Net;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>
/// Sends each request's line and headers at once but holds its body until <see cref="Rendezvous.Expected"/> requests
/// are open on the server together. The fake reads the whole body before it answers, so no request is answered before
/// all of them have reached it: the requests provably overlap there. When fewer get there together, the held bodies
/// are never sent and the calls fail after <see cref="Rendezvous.Bound"/>.
/// </summary>
public sealed class OverlappingRequests(Rendezvous rendezvous) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } body)
        {
            request.Content = new HeldBody(body, rendezvous);
        }

        return base.SendAsync(request, cancellationToken);
    }

    private sealed class HeldBody : HttpContent
    {
        private readonly HttpContent _body;
        private readonly Rendezvous _rendezvous;

        public HeldBody(HttpContent body, Rendezvous rendezvous)
        {
            _body = body;
            _rendezvous = rendezvous;
            Headers.ContentType = body.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.FlushAsync(cancellationToken); // the request line and headers reach the server now
            await _rendezvous.ArriveAndWaitAsync(cancellationToken);
            await _body.CopyToAsync(stream, cancellationToken);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _body.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _body.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

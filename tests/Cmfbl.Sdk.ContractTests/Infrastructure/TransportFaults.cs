using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// The connection-level faults WireMock.Net 1.25.0 cannot send (its EMPTY_RESPONSE and MALFORMED_RESPONSE_CHUNK are
/// well-formed HTTP responses with a bad body). A mapping asks for one with the response header
/// <see cref="Header"/>: WireMock.Net matches the request and logs it as usual, then this middleware, which runs around
/// WireMock.Net's own, breaks the connection instead of sending that response.
/// </summary>
internal static class TransportFaults
{
    /// <summary>The response header of a mapping that asks for a transport fault; its value names the fault.</summary>
    public const string Header = "X-Contract-Transport-Fault";

    // Not an HTTP status line: the client cannot read any response from it.
    private static readonly byte[] RandomData = Encoding.ASCII.GetBytes("\u0016\u0003\u0001garbage, not HTTP\r\n\u0000\u00ff\r\n\r\n");

    private const string FirstChunk = """{"code":"0","msg":"Success","data":""";

    // A status line and headers announcing a chunked body, one good chunk, then a chunk size line that is not hexadecimal.
    private static readonly byte[] MalformedChunk = Encoding.ASCII.GetBytes(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
        $"{FirstChunk.Length:x}\r\n{FirstChunk}\r\nzz-not-a-chunk-size\r\n");

    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        if (!context.Response.Headers.TryGetValue(Header, out var fault))
        {
            return;
        }

        if (context.Response.HasStarted)
        {
            throw new InvalidOperationException($"A mapping asked for the transport fault '{fault}' but also sent a body: fault mappings have none.");
        }

        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket
            ?? throw new InvalidOperationException("Kestrel did not expose the connection's socket.");
        switch (fault.ToString())
        {
            case "connection-reset":
                // Close with SO_LINGER 0: the kernel sends RST instead of FIN, as a peer that crashed or reset would.
                socket.LingerState = new LingerOption(true, 0);
                socket.Close();
                break;
            case "empty-response":
                // Close after reading the request without sending a single byte.
                socket.Shutdown(SocketShutdown.Both);
                break;
            case "random-data":
                await socket.SendAsync(RandomData);
                socket.Shutdown(SocketShutdown.Both);
                break;
            case "malformed-chunk":
                await socket.SendAsync(MalformedChunk);
                socket.Shutdown(SocketShutdown.Both);
                break;
            default:
                throw new InvalidOperationException($"Unknown transport fault '{fault}' in {Header}.");
        }

        context.Abort();
    }
}

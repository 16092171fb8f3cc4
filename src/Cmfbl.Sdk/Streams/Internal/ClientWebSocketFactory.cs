using System.Net.WebSockets;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Opens real connections with <see cref="ClientWebSocket"/> (in the BCL, trimming- and AOT-safe; reconnects,
/// resubscription and gaps are the stream's own job, so no wrapper library is needed).
/// </summary>
internal sealed class ClientWebSocketFactory : IStreamSocketFactory
{
    public async Task<IStreamSocket> ConnectAsync(StreamConnectRequest request, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.CollectHttpResponseDetails = true;
            socket.Options.KeepAliveInterval = request.KeepAliveInterval;
#if NET9_0_OR_GREATER
            socket.Options.KeepAliveTimeout = request.KeepAliveTimeout;
#endif
            foreach (var (name, value) in request.Headers)
            {
                socket.Options.SetRequestHeader(name, value);
            }

            await socket.ConnectAsync(request.Address, cancellationToken).ConfigureAwait(false);
            return new ClientWebSocketConnection(socket);
        }
        catch (Exception exception) when (exception is WebSocketException or HttpRequestException or IOException)
        {
            var status = socket.HttpStatusCode;
            socket.Dispose();
            var answered = status != 0 ? $"HTTP {(int)status}" : "no answer";
            throw new StreamConnectException(
                $"The WebSocket handshake with {request.Address.Host}:{request.Address.Port} failed ({exception.GetType().Name}, {answered}).",
                status != 0 ? status : null);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

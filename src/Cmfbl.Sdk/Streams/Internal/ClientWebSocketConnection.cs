using System.Net.WebSockets;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>A <see cref="ClientWebSocket"/> as an <see cref="IStreamSocket"/>.</summary>
internal sealed class ClientWebSocketConnection(ClientWebSocket socket) : IStreamSocket
{
    public ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken) =>
        socket.SendAsync(utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken) =>
        socket.ReceiveAsync(buffer, cancellationToken);

    public ValueTask CloseOutputAsync(CancellationToken cancellationToken) =>
        socket.State is WebSocketState.Open or WebSocketState.CloseReceived
            ? new(socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "client closing", cancellationToken))
            : ValueTask.CompletedTask;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public void Abort() => socket.Abort();

    public void Dispose() => socket.Dispose();
}

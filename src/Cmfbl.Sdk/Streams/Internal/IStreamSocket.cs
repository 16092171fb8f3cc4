using System.Net.WebSockets;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// One open WebSocket, as the stream connections use it: one receive and one send at a time, a close frame, an abort.
/// <see cref="ClientWebSocketFactory"/> makes real ones; tests use an in-memory pair.
/// </summary>
internal interface IStreamSocket : IDisposable
{
    /// <summary>Sends one whole text message.</summary>
    ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken);

    /// <summary>Receives the next fragment of a message into <paramref name="buffer"/>.</summary>
    ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);

    /// <summary>Sends the close frame (normal closure) without waiting for the peer's.</summary>
    ValueTask CloseOutputAsync(CancellationToken cancellationToken);

    /// <summary>Gets the status of the close frame the peer sent, once one arrived.</summary>
    WebSocketCloseStatus? CloseStatus { get; }

    /// <summary>Drops the connection at once.</summary>
    void Abort();
}

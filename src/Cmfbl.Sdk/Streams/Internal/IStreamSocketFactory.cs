namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Opens stream sockets. Throws <see cref="StreamConnectException"/> when the handshake fails.</summary>
internal interface IStreamSocketFactory
{
    Task<IStreamSocket> ConnectAsync(StreamConnectRequest request, CancellationToken cancellationToken);
}

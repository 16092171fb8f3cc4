using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// A minimal WebSocket server on 127.0.0.1 (an ephemeral port) without ASP.NET Core: a <see cref="TcpListener"/>, the
/// HTTP/1.1 upgrade handshake of RFC 6455, then <see cref="WebSocket.CreateFromStream(Stream, WebSocketCreationOptions)"/>.
/// Every wait takes a cancellation token (the caller's deadline); disposing stops the listener.
/// </summary>
internal sealed class LoopbackWebSocketServer : IDisposable
{
    /// <summary>The GUID RFC 6455 appends to <c>Sec-WebSocket-Key</c> before hashing it into <c>Sec-WebSocket-Accept</c>.</summary>
    private const string HandshakeGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /// <summary>The most an upgrade request's head may take; a larger one is refused.</summary>
    private const int MaxRequestHeadBytes = 8 * 1024;

    private readonly TcpListener _listener;

    private LoopbackWebSocketServer(TcpListener listener) => _listener = listener;

    /// <summary>Gets the port the listener was given.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Starts listening on 127.0.0.1 with a port the system picks.</summary>
    public static LoopbackWebSocketServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 4);
        return new LoopbackWebSocketServer(listener);
    }

    /// <summary>Gets the <c>ws://</c> address of <paramref name="path"/> on this server.</summary>
    public Uri Address(string path) => new($"ws://127.0.0.1:{Port}{path}");

    /// <summary>Accepts one connection and completes the upgrade handshake; a request that is not a WebSocket upgrade is answered 400 and throws.</summary>
    public async Task<WebSocketUpgrade> AcceptAsync(CancellationToken cancellationToken)
    {
        var connection = await _listener.AcceptSocketAsync(cancellationToken);
        var stream = new NetworkStream(connection, ownsSocket: true);
        try
        {
            var (target, key) = await ReadUpgradeRequestAsync(stream, cancellationToken);
            if (key is null)
            {
                await stream.WriteAsync("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellationToken);
                throw new InvalidDataException("The request is not a WebSocket upgrade (no Upgrade: websocket or Sec-WebSocket-Key).");
            }

            var response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: " + AcceptValue(key) + "\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), cancellationToken);
            var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = Timeout.InfiniteTimeSpan });
            return new WebSocketUpgrade(socket, target);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the listener (connections already accepted belong to their <see cref="WebSocketUpgrade"/>).</summary>
    public void Dispose() => _listener.Stop();

    /// <summary>Computes <c>Sec-WebSocket-Accept</c>: base64(SHA-1(key + the RFC 6455 GUID)).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "RFC 6455 defines the handshake with SHA-1; it proves the server read the key, it protects nothing.")]
    private static string AcceptValue(string key) => Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + HandshakeGuid)));

    /// <summary>Reads the request head up to the blank line; returns the request target and the key, or a null key when it is not an upgrade.</summary>
    private static async Task<(string Target, string? Key)> ReadUpgradeRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxRequestHeadBytes];
        var length = 0;
        int end;
        while ((end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (length == buffer.Length)
            {
                throw new InvalidDataException($"The upgrade request's head is longer than {MaxRequestHeadBytes} bytes.");
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                throw new EndOfStreamException("The client closed the connection before the end of the upgrade request.");
            }

            length += read;
        }

        if (end + 4 != length)
        {
            throw new InvalidDataException("The client sent data before the handshake's answer.");
        }

        var lines = Encoding.ASCII.GetString(buffer, 0, end).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        if (requestLine is not ["GET", var target, "HTTP/1.1"])
        {
            throw new InvalidDataException("The request line is not GET <target> HTTP/1.1.");
        }

        string? key = null;
        var upgrade = false;
        foreach (var line in lines.AsSpan(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Upgrade", StringComparison.OrdinalIgnoreCase))
            {
                upgrade = value.Equals("websocket", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Sec-WebSocket-Key", StringComparison.OrdinalIgnoreCase))
            {
                key = value;
            }
        }

        return (target, upgrade ? key : null);
    }
}

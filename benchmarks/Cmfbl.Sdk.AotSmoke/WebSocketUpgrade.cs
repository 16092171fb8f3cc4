using System.Net.WebSockets;

/// <summary>A connection <see cref="LoopbackWebSocketServer"/> upgraded: the server side of the WebSocket (it owns the TCP connection) and the request target it was opened with.</summary>
internal sealed class WebSocketUpgrade(WebSocket socket, string target)
{
    /// <summary>Gets the server's WebSocket; disposing it closes the connection.</summary>
    public WebSocket Socket { get; } = socket;

    /// <summary>Gets the request target (path and query, for example <c>/apiQuote/quote?token=…</c>): it may hold a token, so it is never printed.</summary>
    public string Target { get; } = target;
}

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>What a handshake needs: the address (which may carry a token: never log it), headers, and the WebSocket keep-alive.</summary>
internal sealed record StreamConnectRequest(
    Uri Address,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    TimeSpan KeepAliveInterval,
    TimeSpan KeepAliveTimeout);

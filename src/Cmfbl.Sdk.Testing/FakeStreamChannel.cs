namespace Cmfbl.Sdk.Testing;

/// <summary>The push channels the fake serves over WebSockets.</summary>
public enum FakeStreamChannel
{
    /// <summary>The quote WebSocket: <c>/apiQuote/quote</c>, <c>/apiQuote/quote_guest</c>, <c>/apiQuote/quote_stock</c>.</summary>
    Quotes,

    /// <summary>The message push: <c>/openapi-c/openMsg/{appId}</c>.</summary>
    Messages,

    /// <summary>The Manager data push: <c>/openapi-b/ws</c>.</summary>
    ManagerEvents,
}

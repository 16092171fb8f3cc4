namespace Cmfbl.Sdk.Streams;

/// <summary>The vendor's three push channels.</summary>
public enum StreamChannel
{
    /// <summary>The quote WebSocket (<c>/quote</c>, <c>/quote_guest</c>, <c>/quote_stock</c>): tickers, depth, trades, 24-hour statistics, K-lines.</summary>
    Quotes,

    /// <summary>The message push WebSocket (<c>/openapi-c/openMsg/{appId}</c>): a customer's fills, notices and floating P&amp;L.</summary>
    Messages,

    /// <summary>The Manager data push WebSocket (<c>/openapi-b/ws</c>): every customer, account, ledger, position and proposal change of the company.</summary>
    ManagerEvents,
}

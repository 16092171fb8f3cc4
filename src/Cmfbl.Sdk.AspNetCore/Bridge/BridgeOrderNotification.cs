namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>The fields every order notification carries (the vendor's "Notification message description").</summary>
public abstract record BridgeOrderNotification : BridgeNotification
{
    /// <summary>Gets the exchange (<c>exchangeId</c>): <c>binance</c>, <c>okx</c>, …</summary>
    public string? ExchangeId { get; init; }

    /// <summary>Gets the trade type (<c>tradeType</c>; 10 = trading bridge).</summary>
    public long? TradeType { get; init; }

    /// <summary>Gets the customer id (<c>customerId</c>).</summary>
    public long? CustomerId { get; init; }

    /// <summary>Gets the customer number (<c>customerNo</c>).</summary>
    public string? CustomerNo { get; init; }

    /// <summary>Gets the exchange account's alias (<c>accountName</c>).</summary>
    public string? AccountName { get; init; }

    /// <summary>Gets the platform's order number (<c>orderId</c>).</summary>
    public string? OrderId { get; init; }

    /// <summary>Gets your order id (<c>clientOrderId</c>).</summary>
    public string? ClientOrderId { get; init; }
}

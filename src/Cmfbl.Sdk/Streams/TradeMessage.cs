using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams.Models;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A trade execution (<c>msgCode</c> <c>trade</c>): the fill, or the failure, of one of the customer's orders. Match
/// <see cref="TradeFill.OrderId"/> with the order id the order call answered.
/// </summary>
public sealed record TradeMessage : MessageEvent
{
    /// <summary>Gets what happened.</summary>
    public TradeMessageKind Kind { get; init; }

    /// <summary>Gets the <c>content.bizType</c> as sent.</summary>
    public string? BizType { get; init; }

    /// <summary>Gets the account (<c>content.accountId</c>).</summary>
    public long? AccountId { get; init; }

    /// <summary>Gets the customer (<c>content.customerId</c>).</summary>
    public long? CustomerId { get; init; }

    /// <summary>Gets the company (<c>content.companyId</c>).</summary>
    public long? CompanyId { get; init; }

    /// <summary>Gets the trading mode (<c>content.tradeType</c>).</summary>
    public TradeType? TradeType { get; init; }

    /// <summary>Gets the details (<c>content.paramMap</c>).</summary>
    public TradeFill Fill { get; init; } = new();
}

namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>
/// <c>ORDER_EXEC_REPORT</c>: a partial or full fill. When <see cref="Status"/> is 2 (fully executed) the fill fields may
/// be empty: the platform may push only the status change.
/// </summary>
public sealed record OrderExecutionReport : BridgeOrderNotification
{
    /// <summary>Gets the trade number (<c>tradeId</c>); use it to ignore a notification you already handled.</summary>
    public string? TradeId { get; init; }

    /// <summary>Gets the filled quantity (<c>executeNum</c>).</summary>
    public decimal? ExecuteNum { get; init; }

    /// <summary>Gets the fill price (<c>executePrice</c>).</summary>
    public decimal? ExecutePrice { get; init; }

    /// <summary>Gets when it filled (<c>executeTime</c>).</summary>
    public DateTimeOffset? ExecuteTime { get; init; }

    /// <summary>Gets the product id (<c>symbolId</c>).</summary>
    public long? SymbolId { get; init; }

    /// <summary>Gets the commission (<c>commission</c>): negative is charged, positive is a rebate.</summary>
    public decimal? Commission { get; init; }

    /// <summary>Gets the commission's currency (<c>commissionCurrency</c>).</summary>
    public string? CommissionCurrency { get; init; }

    /// <summary>Gets the order status (<c>status</c>, 1–7; 1 submitted, 2 fully executed, the others as the vendor's list).</summary>
    public int? Status { get; init; }
}

namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>The kind of order behind an adjustment (<c>bizType</c>). Values the vendor adds later arrive as their number.</summary>
public enum OrderBusinessType
{
    /// <summary>1: market order, open.</summary>
    MarketOpen = 1,

    /// <summary>2: market order, close.</summary>
    MarketClose = 2,

    /// <summary>10: limit price pending (stop) order.</summary>
    LimitPendingOrder = 10,

    /// <summary>11: stop-loss pending order.</summary>
    StopLossPendingOrder = 11,

    /// <summary>12: limit price open.</summary>
    LimitOpen = 12,
}

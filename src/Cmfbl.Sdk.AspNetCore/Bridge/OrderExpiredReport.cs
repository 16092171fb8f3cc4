namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary><c>ORDER_EXPIRED_REPORT</c>: the order was cancelled by the platform's rules after it was placed.</summary>
public sealed record OrderExpiredReport : BridgeOrderNotification
{
    /// <summary>Gets the remark (<c>remark</c>).</summary>
    public string? Remark { get; init; }
}

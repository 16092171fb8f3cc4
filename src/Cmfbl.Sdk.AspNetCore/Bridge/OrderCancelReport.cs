namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary><c>ORDER_CANCEL_REPORT</c>: the platform accepted the customer's cancellation.</summary>
public sealed record OrderCancelReport : BridgeOrderNotification
{
    /// <summary>Gets the remark (<c>remark</c>).</summary>
    public string? Remark { get; init; }
}

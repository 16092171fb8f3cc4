namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>
/// The platform asks you to reverse an adjustment you processed (Webhook API
/// <c>/cancel-external-system-credit-limit-adjustment</c>), after it timed out or failed on its side. The package
/// answers <c>US_0000001</c> (received, not processed) and <c>US_0000002</c> (never received) by itself; your handler
/// only sees cancellations of adjustments it processed, and must reverse them.
/// </summary>
public sealed record CreditAdjustmentCancellation : CreditAdjustmentBase
{
    /// <summary>Gets the <see cref="CreditAdjustmentBase.RequestUniqueNo"/> of the adjustment to reverse (<c>reverseRequestUniqueNo</c>).</summary>
    public required string ReverseRequestUniqueNo { get; init; }

    /// <summary>Gets the reason (<c>cancelRemark</c>, at most 200 characters).</summary>
    public required string CancelRemark { get; init; }

    /// <summary>Gets the platform's order id (<c>orderId</c>), or <see langword="null"/> when not sent.</summary>
    public long? OrderId { get; init; }
}

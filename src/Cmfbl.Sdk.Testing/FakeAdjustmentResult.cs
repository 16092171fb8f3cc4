namespace Cmfbl.Sdk.Testing;

/// <summary>What the platform made of an adjustment: its answer and, when that was not a success in time, the cancellations it sent.</summary>
/// <param name="Adjustment">The adjustment call.</param>
/// <param name="Cancellations">The cancellation calls (retried until one got a correct answer), empty when the adjustment succeeded.</param>
public sealed record FakeAdjustmentResult(FakeSettlementExchange Adjustment, IReadOnlyList<FakeSettlementExchange> Cancellations)
{
    /// <summary>Gets whether the platform considers the adjustment done (success in time, so nothing was cancelled).</summary>
    public bool Done => Adjustment.Succeeded;

    /// <summary>Gets whether a cancellation got a correct answer (<c>0</c>, <c>US_0000001</c> or <c>US_0000002</c>).</summary>
    public bool CancellationSettled => Cancellations.Count > 0 && FakeSettlementPlatform.IsCorrectCancelAnswer(Cancellations[^1].Code);
}

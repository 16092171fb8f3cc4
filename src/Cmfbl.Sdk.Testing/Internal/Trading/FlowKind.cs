namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>Why a balance moved; <see cref="BusinessTypes"/> maps it to <c>businessType</c>/<c>businessType1</c> per trade type.</summary>
internal enum FlowKind
{
    Deposit,
    Withdrawal,
    AdjustmentIn,
    AdjustmentOut,
    ForcedClosePnl,
    OpenFee,
    CloseFee,
    MarketClosePnl,
    StopLossPnl,
    TakeProfitPnl,
    SpotTrade,
    SpotFee,
    RewardIssued,
    RewardRecovered,
}

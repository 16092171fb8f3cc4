namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// The trading service's refusals, with the codes of the vendor's catalogue (module <c>CFDWBW</c> in <c>bizCode</c>,
/// so <c>CmfblApiException.HasCode("CFDWBWE000009")</c> matches). Insufficient margin has no catalogue code: the fake
/// answers <c>E000001</c> (order failed) with the reason [inferred].
/// </summary>
internal static class TradeErrors
{
    private const string Module = "CFDWBW";

    public static readonly FakeError OrderFailed = new("E000001", "Order failed", Module);
    public static readonly FakeError NoQuote = new("E000003", "No real-time quote for the product", Module);
    public static readonly FakeError PositionNotFound = new("E000008", "Position does not exist", Module);
    public static readonly FakeError StopLossOutOfRange = new("E000009", "Stop loss price is out of range", Module);
    public static readonly FakeError TakeProfitOutOfRange = new("E000010", "Take profit price is out of range", Module);
    public static readonly FakeError SymbolNotConfigured = new("E000013", "The product is not configured for this trade type", Module);
    public static readonly FakeError OutsideTradingHours = new("E000016", "Not within trading hours", Module);
    public static readonly FakeError QuantityOutOfRange = new("E000026", "The quantity is out of range", Module);

    /// <summary>A spot order the account cannot pay for (or a sale of more than the account holds) [inferred: <c>E000001</c> with the reason].</summary>
    public static FakeError InsufficientBalance(decimal needed, decimal available, string currency) => OrderFailed with
    {
        Msg = FormattableString.Invariant($"Order failed: insufficient balance ({needed} {currency} needed, {available} {currency} available)"),
    };

    public static FakeError InsufficientMargin(decimal needed, decimal available, string currency) => OrderFailed with
    {
        Msg = FormattableString.Invariant($"Order failed: insufficient margin ({needed} {currency} needed, {available} {currency} available)"),
    };
}

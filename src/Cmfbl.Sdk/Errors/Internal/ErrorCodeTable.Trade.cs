using System.Collections.Frozen;

namespace Cmfbl.Sdk.Errors.Internal;

/// <content>
/// What the trading service's business rejections (<c>CFDWBWE…</c>) mean. They stay business errors
/// (<see cref="CmfblApiException"/>, never retried): the service refused the request and nothing was executed. The
/// meaning goes into the exception's message beside the vendor's own <c>msg</c>.
/// </content>
internal static partial class ErrorCodeTable
{
    private static readonly FrozenDictionary<string, string> TradeRejections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CmfblErrorCodes.TradeOrderFailed] = "The order failed; the vendor asks the customer to contact its support.",
        [CmfblErrorCodes.TradeAccountPositionLimitExceeded] = "The account's total position would exceed its limit: reduce the quantity or close positions first.",
        [CmfblErrorCodes.TradeNoRealTimeQuote] = "The symbol has no real-time quote right now: try again when it is quoted.",
        [CmfblErrorCodes.TradeQuoteSubscriptionFailed] = "The service could not subscribe to the symbol's real-time quote: try again later.",
        [CmfblErrorCodes.TradeParameterMissing] = "A required parameter is empty.",
        [CmfblErrorCodes.TradeParameterFormatInvalid] = "A parameter has the wrong format.",
        [CmfblErrorCodes.TradeParameterValidationFailed] = "A parameter failed validation.",
        [CmfblErrorCodes.TradePositionNotFound] = "The position does not exist (closed already, or another account's).",
        [CmfblErrorCodes.TradeStopLossOutOfRange] = "The stop-loss is outside the allowed range: check its side of the price and that it is scaled by the symbol's digits (ScaledPrice).",
        [CmfblErrorCodes.TradeTakeProfitOutOfRange] = "The take-profit is outside the allowed range: check its side of the price and that it is scaled by the symbol's digits (ScaledPrice).",
        [CmfblErrorCodes.TradeSingleSidePositionLimitExceeded] = "The position in one direction would exceed its maximum: reduce the quantity.",
        [CmfblErrorCodes.TradeTradingHoursNotSet] = "No trading hours are set for the symbol.",
        [CmfblErrorCodes.TradeSymbolNotConfigured] = "The symbol is not configured for trading.",
        [CmfblErrorCodes.TradeSortTypeInvalid] = "The sort type must be asc or desc.",
        [CmfblErrorCodes.TradeSortFieldUnsupported] = "Sorting by that field is not supported.",
        [CmfblErrorCodes.TradeOutsideTradingHours] = OutsideTradingHours,
        [CmfblErrorCodes.TradeOutsideTradingHoursAlternate] = OutsideTradingHours,
        [CmfblErrorCodes.TradeOutsideTradingHoursSecondAlternate] = OutsideTradingHours,
        [CmfblErrorCodes.TradeCloseAmountBelowMinimum] = "The amount to close is below the minimum.",
        [CmfblErrorCodes.TradeCloseAmountAboveMaximum] = "The amount to close is above the maximum.",
        [CmfblErrorCodes.TradeCloseAmountNotMultipleOfMinimum] = "The amount to close is not a whole multiple of the minimum.",
        [CmfblErrorCodes.TradeParameterAbnormal] = "A parameter is abnormal.",
        [CmfblErrorCodes.TradeCloseAmountRuleViolated] = "The amount to close breaks the closing rules.",
        [CmfblErrorCodes.TradePriceRequired] = "The order needs a price (requestPrice) and none was given.",
        [CmfblErrorCodes.TradeExchangeRateNotFound] = "No exchange rate was found for the symbol.",
        [CmfblErrorCodes.TradeQuantityOutOfRange] = "The quantity is outside the allowed lots or not a multiple of the lot step (the bounds are in MsgParams).",
        [CmfblErrorCodes.TradeSymbolSingleSideLimitExceeded] = "After this order the symbol's position in one direction would exceed its maximum lots (in MsgParams): reduce the quantity.",
        [CmfblErrorCodes.TradeAccountMaximumPositionExceeded] = "After this order the account's position would exceed its maximum lots (in MsgParams): reduce the quantity.",
        [CmfblErrorCodes.TradeLeverageAboveMaximum] = "The leverage is above the maximum allowed.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string OutsideTradingHours = "The symbol is outside its trading hours: send the order when it trades.";

    /// <summary>Gets what a trading rejection means, or <see langword="null"/> when <paramref name="error"/> is not one.</summary>
    public static string? TradeRejection(CmfblApiError error) =>
        TryFind(TradeRejections, error, out var meaning) ? meaning : null;
}

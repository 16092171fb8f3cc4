namespace Cmfbl.Sdk.Errors;

/// <content>
/// The trading service's codes (<c>tradeapi.app.*</c>: contract, leveraged, spot and stock orders), as the vendor's
/// Open API error catalogue prints them. The catalogue's keys are the module (<c>CFDWBW</c>) followed by the code; the
/// wire may carry either the whole key or the code with the module in <c>bizCode</c>, so compare with
/// <see cref="CmfblApiException.HasCode(string)"/>, which matches both. Every <c>CFDWBWE…</c> code is a business
/// rejection: the service refused the request and nothing was executed (<see cref="CmfblApiException"/>).
/// </content>
public static partial class CmfblErrorCodes
{
    /// <summary>
    /// Trading: system exception (<c>CFDWBW500</c>). A write answered with it may have taken effect, so it surfaces as
    /// <see cref="CmfblOutcomeUnknownException"/>; a read is retried, then surfaces as <see cref="CmfblServiceUnavailableException"/>.
    /// </summary>
    public const string TradeServiceSystemError = "CFDWBW500";

    /// <summary>Trading: the order failed; the vendor asks the customer to contact its support (<c>CFDWBWE000001</c>).</summary>
    public const string TradeOrderFailed = "CFDWBWE000001";

    /// <summary>Trading: the account's total position would exceed its limit (<c>CFDWBWE000002</c>).</summary>
    public const string TradeAccountPositionLimitExceeded = "CFDWBWE000002";

    /// <summary>Trading: the symbol has no real-time quote (<c>CFDWBWE000003</c>).</summary>
    public const string TradeNoRealTimeQuote = "CFDWBWE000003";

    /// <summary>Trading: subscribing to the symbol's real-time quote failed (<c>CFDWBWE000004</c>).</summary>
    public const string TradeQuoteSubscriptionFailed = "CFDWBWE000004";

    /// <summary>Trading: a required parameter is empty (<c>CFDWBWE000005</c>).</summary>
    public const string TradeParameterMissing = "CFDWBWE000005";

    /// <summary>Trading: a parameter has the wrong format (<c>CFDWBWE000006</c>).</summary>
    public const string TradeParameterFormatInvalid = "CFDWBWE000006";

    /// <summary>Trading: a parameter failed validation (<c>CFDWBWE000007</c>).</summary>
    public const string TradeParameterValidationFailed = "CFDWBWE000007";

    /// <summary>Trading: the position does not exist (<c>CFDWBWE000008</c>).</summary>
    public const string TradePositionNotFound = "CFDWBWE000008";

    /// <summary>Trading: the stop-loss price is outside the allowed range (<c>CFDWBWE000009</c>).</summary>
    public const string TradeStopLossOutOfRange = "CFDWBWE000009";

    /// <summary>Trading: the take-profit price is outside the allowed range (<c>CFDWBWE000010</c>).</summary>
    public const string TradeTakeProfitOutOfRange = "CFDWBWE000010";

    /// <summary>Trading: the single-side (one direction) maximum position would be exceeded (<c>CFDWBWE000011</c>).</summary>
    public const string TradeSingleSidePositionLimitExceeded = "CFDWBWE000011";

    /// <summary>Trading: no trading hours are set for the symbol (<c>CFDWBWE000012</c>).</summary>
    public const string TradeTradingHoursNotSet = "CFDWBWE000012";

    /// <summary>Trading: the symbol is not configured (<c>CFDWBWE000013</c>).</summary>
    public const string TradeSymbolNotConfigured = "CFDWBWE000013";

    /// <summary>Trading: the sort type must be <c>asc</c> or <c>desc</c> (<c>CFDWBWE000014</c>).</summary>
    public const string TradeSortTypeInvalid = "CFDWBWE000014";

    /// <summary>Trading: sorting by that field is not supported (<c>CFDWBWE000015</c>).</summary>
    public const string TradeSortFieldUnsupported = "CFDWBWE000015";

    /// <summary>Trading: outside the symbol's trading hours (<c>CFDWBWE000016</c>; <c>…017</c> and <c>…018</c> say the same).</summary>
    public const string TradeOutsideTradingHours = "CFDWBWE000016";

    /// <summary>Trading: outside the symbol's trading hours, second form (<c>CFDWBWE000017</c>).</summary>
    public const string TradeOutsideTradingHoursAlternate = "CFDWBWE000017";

    /// <summary>Trading: outside the symbol's trading hours, third form (<c>CFDWBWE000018</c>).</summary>
    public const string TradeOutsideTradingHoursSecondAlternate = "CFDWBWE000018";

    /// <summary>Trading: the amount to close is below the minimum (<c>CFDWBWE000019</c>).</summary>
    public const string TradeCloseAmountBelowMinimum = "CFDWBWE000019";

    /// <summary>Trading: the amount to close is above the maximum (<c>CFDWBWE000020</c>).</summary>
    public const string TradeCloseAmountAboveMaximum = "CFDWBWE000020";

    /// <summary>Trading: the amount to close is not a whole multiple of the minimum (<c>CFDWBWE000021</c>).</summary>
    public const string TradeCloseAmountNotMultipleOfMinimum = "CFDWBWE000021";

    /// <summary>Trading: a parameter is abnormal (<c>CFDWBWE000022</c>).</summary>
    public const string TradeParameterAbnormal = "CFDWBWE000022";

    /// <summary>Trading: the amount to close breaks the closing rules (<c>CFDWBWE000023</c>).</summary>
    public const string TradeCloseAmountRuleViolated = "CFDWBWE000023";

    /// <summary>Trading: the order needs a price and none was given (<c>CFDWBWE000024</c>).</summary>
    public const string TradePriceRequired = "CFDWBWE000024";

    /// <summary>Trading: no exchange rate was found for the symbol (<c>CFDWBWE000025</c>).</summary>
    public const string TradeExchangeRateNotFound = "CFDWBWE000025";

    /// <summary>Trading: the quantity is outside the allowed range of lots or not a multiple of the lot step; <c>msgParams</c> holds the bounds and the step (<c>CFDWBWE000026</c>).</summary>
    public const string TradeQuantityOutOfRange = "CFDWBWE000026";

    /// <summary>Trading: after the order the symbol's single-side position would exceed its maximum lots; <c>msgParams</c> holds the limit (<c>CFDWBWE000027</c>).</summary>
    public const string TradeSymbolSingleSideLimitExceeded = "CFDWBWE000027";

    /// <summary>Trading: after the order the account's position would exceed its maximum lots; <c>msgParams</c> holds the limit (<c>CFDWBWE000028</c>).</summary>
    public const string TradeAccountMaximumPositionExceeded = "CFDWBWE000028";

    /// <summary>Trading: the leverage is above the maximum allowed (<c>CFDWBWE000029</c>).</summary>
    public const string TradeLeverageAboveMaximum = "CFDWBWE000029";
}

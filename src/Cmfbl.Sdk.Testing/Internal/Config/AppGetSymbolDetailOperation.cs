using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.app.AppSymbolDubboService.getSymbolDetail</c> (Client API, version 0.0.2, token optional): a product's
/// trading parameters on a trade type, with every field of the vendor's example: <c>symbolDigits</c> (the digits order
/// prices are scaled by), contract size, volume limits and step, leverage, fee rate, and the weekly sessions in
/// minutes of the day (UTC). A product the trade type does not offer answers <c>CUSTOMER_API_0000003</c>.
/// </summary>
internal sealed class AppGetSymbolDetailOperation()
    : OperationBase("config.app.AppSymbolDubboService.getSymbolDetail", OperationAuth.OptionalClientToken, family: RouteFamily.ClientGlobal)
{
    private static readonly string[] NullFields =
    [
        "accountReset", "askSpread", "beforeHolidayMarginSet", "beforeWeekendMarginSet", "bidSpread",
        "borrowInterestList", "borrowLimitList", "borrowStatusList", "buyInterest", "buyMaxPositionVolumes",
        "corporateActionCode", "dailyMarginSet", "daytimeBuyAlarmMarginRatio", "daytimeBuyInitMarginRatio",
        "daytimeBuyRemainingMarginRatio", "daytimeSellAlarmMarginRatio", "daytimeSellInitMarginRatio",
        "daytimeSellRemainingMarginRatio", "dividendFee", "dividendFutureInfos", "dividendPastInfos",
        "enableReverseTrade", "endTime", "eodTime", "fee", "feeMethod", "fundId", "holidayLeadTime",
        "holidayMarginSet", "labelList", "labels", "liquidationFormula", "longLoanYearRatio", "marginInfo", "maxFee",
        "minDividendFee", "minFee", "netAssetCurrency", "newShare", "overnightBuyAlarmMarginRatio",
        "overnightBuyInitMarginRatio", "overnightBuyRemainingMarginRatio", "overnightSellAlarmMarginRatio",
        "overnightSellInitMarginRatio", "overnightSellRemainingMarginRatio", "priceMaxLimit", "priceMinLimit",
        "sellInterest", "sellMaxPositionVolumes", "shortLoanYearRatio", "startTime", "stockStatus",
        "stopLossMaxPoint", "stopLossMinPoint", "totalCredit", "tradeDirection", "usedMarginSet", "weekendLeadTime",
        "weekendMarginSet", "withdrawalRatio",
    ];

    private static readonly string[] ZeroFields =
    [
        "accountDayLeverageRatio", "accountOvernightLeverageRatio", "accountPositionTotalVolumes", "enableLongLoan",
        "enableShortLoan", "minTradeUnit", "overnightInAdvance", "transferLimitRatio", "wholeYearDays",
    ];

    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Int64(call.Body, "tradeType") is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        if (JsonRead.Int64(call.Body, "symbolId") is not { } symbolId)
        {
            return Errors.BadParameter("symbolId");
        }

        if (ProductCatalog.Find(symbolId) is not { } product || !product.OffersTradeType((int)tradeType))
        {
            return Errors.DataNotFound;
        }

        var detail = new JsonObject();
        foreach (var field in NullFields)
        {
            detail[field] = null;
        }

        foreach (var field in ZeroFields)
        {
            detail[field] = 0;
        }

        detail["tradeType"] = tradeType;
        detail["symbolId"] = product.Id;
        detail["symbolName"] = product.Name;
        detail["symbolCode"] = product.Code;
        detail["baseCurrency"] = product.BaseCurrency;
        detail["profitCurrency"] = product.ProfitCurrency;
        detail["symbolDigits"] = product.Digits;
        detail["numberDigits"] = Trading.VolumeRules.Digits;
        detail["contractSize"] = Trading.WireFormat.Trim(product.ContractSize);
        detail["volumeStep"] = Trading.VolumeRules.Step;
        detail["minVolume"] = Trading.VolumeRules.Min;
        detail["maxVolume"] = Trading.VolumeRules.Max;
        detail["limitOrderMaxVolume"] = Trading.VolumeRules.Max;
        detail["leverRatio"] = Trading.Position.Leverage.ToString(System.Globalization.CultureInfo.InvariantCulture);
        detail["feeRate"] = Trading.Fees.Rate;
        detail["feeFormula"] = "1";
        detail["dealMode"] = 1;
        detail["marginType"] = 0;
        detail["priceBreadth"] = product.Digits;
        detail["pointRatio"] = 0;
        detail["earlyWarningProportion"] = 0.002m;
        detail["tradeEnable"] = 1;
        detail["etf"] = false;
        detail["borrowingLimitRatio"] = null;
        detail["multipleFreezeRatio"] = null;
        detail["tradeTimeList"] = Sessions(product.Hours);
        detail["quoteTimeList"] = Sessions(product.Hours);
        detail["holidayTimeList"] = new JsonArray();
        return Outcome.Ok(detail);
    }

    /// <summary>The sessions as the Client API shows them: day of week 1–7 and minutes of the day, end excluded.</summary>
    private static JsonArray Sessions(TradingHours hours) => new([.. hours.Sessions.Select(s => (JsonNode)new JsonObject
    {
        ["dayOfWeek"] = s.DayOfWeek,
        ["startTime"] = s.Start / 60,
        ["endTime"] = s.End / 60,
    })]);
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.admin.AdminSymbolDubboService.getSymbolByCompanyId</c>: one row per product and trade type the company
/// offers (optionally one <c>tradeType</c>), with digits, the groups that may trade it, the weekly sessions and
/// whether it is trading now (by the server's clock).
/// </summary>
internal sealed class GetSymbolByCompanyIdOperation(FakeBackend backend) : OperationBase("config.admin.AdminSymbolDubboService.getSymbolByCompanyId")
{
    public override Outcome Handle(OperationCall call)
    {
        var settings = backend.Settings;
        if (ConfigJson.Company(call.Body, settings, required: true, out var ours) is { } error)
        {
            return error;
        }

        var tradeType = JsonRead.Int64(call.Body, "tradeType");
        var now = settings.Time.GetUtcNow();
        var rows =
            from p in ours ? ProductCatalog.Products : []
            from t in p.TradeTypes
            where settings.OffersTradeType(t) && (tradeType is null || tradeType == t)
            select Row(p, t, settings, now);
        return Outcome.Ok(ConfigJson.Array(rows));
    }

    private static JsonObject Row(Product p, int tradeType, FakeSettings settings, DateTimeOffset now) => new()
    {
        ["symbolId"] = p.Id,
        ["pointRatio"] = 0,
        ["customerGroupIds"] = ProductCatalog.GroupIds(settings, tradeType),
        ["dealMode"] = 1,
        ["baseCurrency"] = p.BaseCurrency,
        ["bidSpread"] = "0",
        ["labels"] = null,
        ["enableShortLoan"] = 0,
        ["symbolGroupIds"] = p.SymbolGroupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["symbolCode"] = p.Code,
        ["fundId"] = null,
        ["etf"] = false,
        ["enableLongLoan"] = 0,
        ["dividend"] = 0,
        ["profitCurrency"] = p.ProfitCurrency,
        ["symbolName"] = p.Name,
        ["sortNum"] = p.Id,
        ["symbolDigits"] = p.Digits,
        ["askSpread"] = "0",
        ["tradeType"] = tradeType,
        ["inHolidayTime"] = 0,
        ["inTradeTime"] = p.Hours.IsOpen(now) ? 1 : 0,
        ["holidayTimeList"] = new JsonArray(),
        ["tradeTimeList"] = new JsonArray([.. p.Hours.Sessions.Select(s => (JsonNode)new JsonObject
        {
            ["dayOfWeek"] = s.DayOfWeek,
            ["startTime"] = s.Start,
            ["endTime"] = s.End,
        })]),
    };
}

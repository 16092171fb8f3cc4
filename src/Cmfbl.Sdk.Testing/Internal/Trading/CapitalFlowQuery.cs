using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// The capital-flow page both families answer (Manager <c>OrderAdminApiService.queryCapitalFlowList</c>, Client
/// <c>CfdMMOrderApiService.queryCapitalFlowList</c>): one customer's balance movements on the trade type, newest
/// first, paged; filters <c>accountId</c>, <c>accountCurrency</c>, <c>assetsId</c>, <c>businessType</c>,
/// <c>status</c> and <c>operate</c> (0 = any), <c>startTime</c>/<c>endTime</c> (ms, inclusive). Names are English
/// for <c>lang</c> en_US, Chinese otherwise (the vendor's default).
/// </summary>
internal static class CapitalFlowQuery
{
    private const int Processed = 2;

    public static JsonObject Page(TradingBook book, long customerId, long tradeType, JsonObject body)
    {
        var accountId = JsonRead.Int64(body, "accountId");
        var currency = JsonRead.Text(body, "accountCurrency");
        var assetsId = JsonRead.Int64(body, "assetsId");
        var businessType = JsonRead.Int64(body, "businessType") is { } b and not 0 ? b : (long?)null;
        var status = JsonRead.Int64(body, "status") is { } s and not 0 ? s : (long?)null;
        var operate = JsonRead.Int64(body, "operate") ?? 0;
        var start = JsonRead.Int64(body, "startTime");
        var end = JsonRead.Int64(body, "endTime");
        var english = string.Equals(JsonRead.Text(body, "lang"), "en_US", StringComparison.OrdinalIgnoreCase);

        var rows = book.Flows(r =>
                r.Holder.CustomerId == customerId
                && r.Holder.TradeType == tradeType
                && (accountId is null || r.Holder.AccountId == accountId)
                && (currency is null || string.Equals(r.Holder.Currency, currency, StringComparison.OrdinalIgnoreCase))
                && (assetsId is null || r.Holder.AssetsId == assetsId)
                && (businessType is null || BusinessTypes.Of(r.Kind, r.Holder.TradeType).Type == businessType)
                && (status is null || status == Processed)
                && (operate == 0 || (operate == 1 ? r.AmountIn > 0 : r.AmountOut > 0))
                && (start is null || r.Time.ToUnixTimeMilliseconds() >= start)
                && (end is null || r.Time.ToUnixTimeMilliseconds() <= end))
            .OrderByDescending(r => r.BookkeepId)
            .ToArray();
        return Paging.Page(rows, Paging.Read(body), r => LedgerJson.Flow(r, english));
    }
}

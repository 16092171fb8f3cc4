using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.OrderApiService.queryTradeRecordPage</c>: the logged-in customer's deals (fills) on the trade type,
/// <c>{current, size, totalPage, bizTypeText, list}</c>; filters <c>accountIds</c> (comma-separated), <c>symbolId</c>,
/// <c>direction</c> and <c>orderType</c> (-1 all; 1 open, 2 close, 3 market, 4 limit), <c>executeStartTime</c> /
/// <c>executeEndTime</c> (ms, inclusive), <c>thirdPartyOrder</c>; <c>sortFieldName</c> executeTime (the default),
/// direction or symbolId, <c>sortType</c> asc or desc (the default).
/// </summary>
internal sealed class TradeRecordPageOperation(FakeBackend backend)
    : CustomerTradeOperation(backend, "tradeapi.app.OrderApiService.queryTradeRecordPage")
{
    private const int All = -1;

    protected override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        var accountIds = JsonRead.Text(body, "accountIds")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var symbolId = JsonRead.Int64(body, "symbolId");
        var direction = JsonRead.Int64(body, "direction") is { } d and not All ? d : (long?)null;
        var orderType = JsonRead.Int64(body, "orderType") is { } t and not All ? t : (long?)null;
        var start = JsonRead.Int64(body, "executeStartTime");
        var end = JsonRead.Int64(body, "executeEndTime");
        var thirdPartyOrder = JsonRead.Text(body, "thirdPartyOrder");
        var deals = Backend.Trading.Deals(d =>
            d.Holder.CustomerId == customer.Id
            && d.Holder.TradeType == tradeType
            && (accountIds is null || accountIds.Contains(d.Holder.AccountId.ToString(CultureInfo.InvariantCulture)))
            && (symbolId is null || d.Product.Id == symbolId)
            && (direction is null || d.Direction == direction)
            && (orderType is null || Is(d, orderType.Value))
            && (start is null || d.Time.ToUnixTimeMilliseconds() >= start)
            && (end is null || d.Time.ToUnixTimeMilliseconds() <= end)
            && (thirdPartyOrder is null || string.Equals(d.ThirdPartyOrder, thirdPartyOrder, StringComparison.Ordinal)));
        var orders = Backend.Trading.Orders(o => o.Holder.CustomerId == customer.Id).ToDictionary(o => o.Id);
        var sorted = Sort(deals, body);
        var (current, size) = Paging.Read(body);
        return Outcome.Ok(new JsonObject
        {
            ["accountId"] = customer.Accounts.FirstOrDefault(a => a.TradeType == tradeType)?.AccountId,
            ["companyId"] = customer.CompanyId,
            ["customerId"] = customer.Id,
            ["customerNo"] = customer.CustomerNo,
            ["current"] = current,
            ["size"] = size,
            ["totalPage"] = (sorted.Length + size - 1) / size,
            ["bizTypeText"] = TradeRecordJson.BizTypeText(),
            ["list"] = new JsonArray([.. Paging.Slice(sorted, current, size).Select(d => (JsonNode)TradeRecordJson.Record(d, orders.GetValueOrDefault(d.OrderId)))]),
        });
    }

    /// <summary>Whether the deal is of <paramref name="orderType"/>: 1 open, 2 close, 3 from a market order, 4 from a pending order.</summary>
    private static bool Is(Deal deal, long orderType) => orderType switch
    {
        1 => deal.Pnl is null,
        2 => deal.Pnl is not null,
        3 => deal.BizType is not (Deal.LimitOpen or Deal.StopPending),
        4 => deal.BizType is Deal.LimitOpen or Deal.StopPending,
        _ => false,
    };

    private static Deal[] Sort(IEnumerable<Deal> deals, JsonObject body)
    {
        Func<Deal, long> key = JsonRead.Text(body, "sortFieldName") switch
        {
            "direction" => d => d.Direction,
            "symbolId" => d => d.Product.Id,
            _ => d => d.Time.ToUnixTimeMilliseconds(),
        };
        return string.Equals(JsonRead.Text(body, "sortType"), "asc", StringComparison.OrdinalIgnoreCase)
            ? [.. deals.OrderBy(key).ThenBy(d => d.Id)]
            : [.. deals.OrderByDescending(key).ThenByDescending(d => d.Id)];
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The ordering both position queries take: <c>sortFieldName</c> and <c>sortType</c> (<c>asc</c>/<c>desc</c>, default desc).</summary>
internal static class PositionQuery
{
    /// <summary>Sorts by <c>orderId</c>, <c>openTime</c>, <c>symbolId</c>, <c>pnl</c> (floating, at the market) or the position id (anything else).</summary>
    public static Position[] Sort(IEnumerable<Position> positions, JsonObject body, MarketPrices prices)
    {
        Func<Position, decimal> key = JsonRead.Text(body, "sortFieldName") switch
        {
            "orderId" => p => p.OrderId,
            "openTime" => p => p.OpenTime.ToUnixTimeMilliseconds(),
            "symbolId" => p => p.Product.Id,
            "pnl" => p => p.Pnl(prices.ClosePrice(p) ?? p.OpenPrice),
            _ => p => p.Id,
        };
        var ascending = string.Equals(JsonRead.Text(body, "sortType"), "asc", StringComparison.OrdinalIgnoreCase);
        return ascending
            ? [.. positions.OrderBy(key).ThenBy(p => p.Id)]
            : [.. positions.OrderByDescending(key).ThenByDescending(p => p.Id)];
    }

    /// <summary>One page (<c>current</c>, <c>size</c>) of the sorted positions as an array, without the customer fields (queryPositionPage of both families).</summary>
    public static JsonArray Page(IEnumerable<Position> positions, JsonObject body, MarketPrices prices, long companyId)
    {
        var (current, size) = Paging.Read(body);
        return new JsonArray([.. Paging.Slice(Sort(positions, body, prices), current, size).Select(p => (JsonNode)Json(p, prices, companyId, withCustomer: false))]);
    }

    public static JsonObject Json(Position position, MarketPrices prices, long companyId, bool withCustomer) =>
        PositionJson.Create(position, prices.ClosePrice(position), companyId, withCustomer);
}

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// The fake company's products, product groups and funds. Products 1–3 are the ones the market quotes on trade type 1
/// (and 2); product 4 is spot.
/// </summary>
internal static class ProductCatalog
{
    public static IReadOnlyList<Product> Products { get; } =
    [
        new(1, "BTCUSDT", "BTC/USDT", "BTC", "USDT", [1, 2], 1, 2, 1m, TradingHours.AlwaysOpen),
        new(2, "ETHUSDT", "ETH/USDT", "ETH", "USDT", [1, 2], 1, 2, 1m, TradingHours.AlwaysOpen),
        new(3, "EURUSD", "EUR/USD", "EUR", "USD", [1, 2], 2, 5, 100_000m, TradingHours.Forex),
        new(4, "BTC_USDT", "BTC/USDT Spot", "BTC", "USDT", [5], 1, 2, 1m, TradingHours.AlwaysOpen),
    ];

    public static IReadOnlyList<(long Id, string Name)> SymbolGroups { get; } = [(1, "Crypto"), (2, "Forex")];

    public static (long Id, string Code, string Name) Fund { get; } = (80, "V10", "V10 Index Fund");

    public static Product? Find(long id) => Products.FirstOrDefault(p => p.Id == id);

    /// <summary>The ids of the groups whose trade type is <paramref name="tradeType"/>, comma-separated (<c>customerGroupIds</c>).</summary>
    public static string GroupIds(FakeSettings settings, int tradeType) =>
        string.Join(',', settings.Groups.Where(g => g.TradeType == tradeType).Select(g => g.Id));

    /// <summary>The products a customer group may trade: those offered on the group's trade type.</summary>
    public static IEnumerable<Product> ForGroup(FakeCustomerGroup group) => Products.Where(p => p.OffersTradeType(group.TradeType));
}

using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// What one unit of a currency is worth in USDT: stablecoins and USD 1, BTC/ETH/EUR the last price of products 1/2/3
/// on the fake's market (so a quote a test sets moves the rates), BNB a fixed 600.
/// </summary>
internal sealed class CurrencyPrices(MarketPrices prices)
{
    private static readonly Dictionary<string, decimal> Fixed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USDT"] = 1m, ["USDC"] = 1m, ["USD"] = 1m, ["BNB"] = 600m,
    };

    private static readonly Dictionary<string, long> Quoted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BTC"] = 1, ["ETH"] = 2, ["EUR"] = 3,
    };

    public decimal? InUsdt(string currency)
    {
        if (Fixed.TryGetValue(currency, out var value))
        {
            return value;
        }

        return Quoted.TryGetValue(currency, out var productId) && prices.Quote(ProductCatalog.Find(productId)!, 1) is { } quote
            ? quote.Price
            : null;
    }
}

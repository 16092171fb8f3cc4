using Cmfbl.Sdk.Testing.Internal.Config;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>A checked <see cref="FakeOrderSeed"/>: the product and the price it opens (or waits) at.</summary>
internal sealed record SeedPlan(int TradeType, Product Product, int Direction, decimal Volume, decimal Price)
{
    /// <summary>The trade types that hold positions ("only gameplay 1, 2 and 6 have positions").</summary>
    private static readonly int[] PositionTradeTypes = [1, 2, 6];

    /// <summary>The positions a seeded customer with a trade type 1 account gets when the seed says nothing.</summary>
    public static IReadOnlyList<FakeOrderSeed> DefaultPositions { get; } =
    [
        new() { SymbolId = 1, Direction = 1, Volume = 0.5m, Price = 64000.00m },
        new() { SymbolId = 2, Direction = 2, Volume = 2m, Price = 3600.00m },
    ];

    /// <summary>The pending orders a seeded customer with a trade type 1 account gets when the seed says nothing.</summary>
    public static IReadOnlyList<FakeOrderSeed> DefaultPendingOrders { get; } =
    [
        new() { SymbolId = 1, Direction = 1, Volume = 0.1m, Price = 60000.00m },
    ];

    /// <summary>Checks a seed against the customer's trade types and the market.</summary>
    /// <exception cref="ArgumentException">The seed cannot be placed, with the reason.</exception>
    public static SeedPlan From(FakeOrderSeed seed, IReadOnlyCollection<int> accountTradeTypes, MarketPrices prices)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!PositionTradeTypes.Contains(seed.TradeType))
        {
            throw new ArgumentException($"Trade type {seed.TradeType} has no positions or orders on the fake: use 1, 2 or 6.", nameof(seed));
        }

        if (!accountTradeTypes.Contains(seed.TradeType))
        {
            throw new ArgumentException($"The customer has no account of trade type {seed.TradeType}.", nameof(seed));
        }

        var product = ProductCatalog.Find(seed.SymbolId) is { } found && found.OffersTradeType(seed.TradeType)
            ? found
            : throw new ArgumentException($"The fake has no product {seed.SymbolId} on trade type {seed.TradeType}.", nameof(seed));
        if (seed.Direction is not (1 or 2))
        {
            throw new ArgumentException("Direction must be 1 (buy) or 2 (sell).", nameof(seed));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seed.Volume, nameof(seed) + "." + nameof(seed.Volume));
        var price = seed.Price ?? prices.OpenPrice(product, seed.TradeType, seed.Direction)
            ?? throw new ArgumentException($"Product {seed.SymbolId} has no quote: give the seed a Price.", nameof(seed));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price, nameof(seed) + "." + nameof(seed.Price));
        return new SeedPlan(seed.TradeType, product, seed.Direction, seed.Volume, Math.Round(price, product.Digits, MidpointRounding.AwayFromZero));
    }
}

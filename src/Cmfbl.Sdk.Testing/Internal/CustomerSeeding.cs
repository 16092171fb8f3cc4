using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Registers a <see cref="FakeCustomerSeed"/> and places its positions and pending orders (checked before anything is stored).</summary>
internal static class CustomerSeeding
{
    public static FakeCustomer Seed(FakeBackend backend, MarketPrices prices, FakeCustomerSeed seed)
    {
        var registration = SeedRegistration.From(seed);
        int[] tradeTypes = registration.Accounts is { } accounts ? [.. accounts.Select(a => a.TradeType)]
            : backend.Settings.FindGroup(registration.CustomerGroupId) is { } group ? [group.TradeType]
            : [];
        var positions = Plans(seed.Positions, SeedPlan.DefaultPositions, tradeTypes, prices);
        var pendingOrders = Plans(seed.PendingOrders, SeedPlan.DefaultPendingOrders, tradeTypes, prices);
        var (customer, error) = backend.Customers.Register(registration);
        if (customer is null)
        {
            throw new InvalidOperationException($"The seed customer was refused: {error!.Code} {error.Msg}.");
        }

        backend.Trading.Seed(customer, positions, pendingOrders);
        return customer;
    }

    /// <summary>The seeds as given, or (when null) the defaults for a customer with a trade type 1 account.</summary>
    private static SeedPlan[] Plans(IList<FakeOrderSeed>? seeds, IReadOnlyList<FakeOrderSeed> defaults, int[] tradeTypes, MarketPrices prices) =>
        [.. ((IEnumerable<FakeOrderSeed>?)seeds ?? (tradeTypes.Contains(1) ? defaults : [])).Select(s => SeedPlan.From(s, tradeTypes, prices))];
}

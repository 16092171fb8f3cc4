using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

/// <summary>
/// cancelPboOrder is sent raw: the generated <c>CancelPendingOrdersAsync</c> answers a protocol error for every
/// success, because <c>IReadOnlyList&lt;string&gt;</c> is missing from the SDK's JSON context (reported). The effects
/// are read through the SDK.
/// </summary>
public sealed class PendingOrderTests : ManagerSdkTest
{
    [Fact]
    public async Task CancelPboOrder_SeededTrader_CancelsThePendingOrderOnceAndLeavesThePositions()
    {
        var customer = SeedTrader();

        var cancelled = await CancelAsync(customer);
        var again = await CancelAsync(customer);

        Assert.Matches("^CATS:PROORDER:1_[0-9]+$", Assert.Single(cancelled));
        Assert.Empty(again);
        Assert.Equal(2, (await PositionsAsync(customer)).Count);
    }

    [Fact]
    public async Task CancelPboOrder_SeveralOrders_CancelsOnlyThatCustomersOnThatTradeType()
    {
        var orders = new[] { new FakeOrderSeed { Price = 60000m }, new FakeOrderSeed { SymbolId = 2, Direction = 2, Price = 4000m } };
        var customer = Server.SeedCustomer(new FakeCustomerSeed { Phone = NextPhone(), Positions = [], PendingOrders = orders });
        var other = SeedTrader();

        var spot = await CancelAsync(customer, tradeType: 5);
        var cancelled = await CancelAsync(customer);

        Assert.Empty(spot);
        Assert.Equal(2, cancelled.Distinct().Count());
        Assert.Single(await CancelAsync(other));
    }

    [Fact]
    public async Task CancelPboOrder_CustomerIdOfSomeoneElse_IsNotFound()
    {
        var customer = SeedTrader();
        var other = SeedTrader();
        await using var api = new ApiClient(Server);

        var response = await api.PostAsync(Path, Body(customer, 1, other.Id), TradeApiHeaders(api, await api.AuthAsync()));

        response.AssertError("CUSTOMER_API_0000003", "US");
        Assert.Single(await CancelAsync(customer));
    }

    private const string Path = "openapi-b/tradeapi.admin.OrderAdminApiService.cancelPboOrder";

    private async Task<List<string>> CancelAsync(FakeCustomer customer, int tradeType = 1)
    {
        await using var api = new ApiClient(Server);
        var data = (await api.PostAsync(Path, Body(customer, tradeType, customer.Id), TradeApiHeaders(api, await api.AuthAsync()))).Ok();
        return [.. data.EnumerateArray().Select(k => k.GetString()!)];
    }

    private static Dictionary<string, string?> TradeApiHeaders(ApiClient api, string token)
    {
        var headers = api.Headers(token);
        headers["group"] = "tradeApi";
        return headers;
    }

    private static object Body(FakeCustomer customer, int tradeType, long customerId) =>
        new { tradeType, customerNo = customer.CustomerNo, customerId, customerGroupId = customer.CustomerGroupId };
}

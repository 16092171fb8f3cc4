using System.Globalization;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

public sealed class SpotOrderTests : ManagerSdkTest
{
    /// <summary>BTC_USDT on spot: 2 price digits, quoted 65000.00 / 65000.50 by the fake.</summary>
    private const long BtcUsdt = 4;

    [Fact]
    public async Task AddOrder_SpotBuyThenSell_MovesTheUsdtAndBtcBalancesAndBooksTheFee()
    {
        var (customer, session) = await LoginSpotCustomerAsync(usdt: 10_000m);

        var bought = await session.Orders.AddOrderAsync(Spot(1, 0.01m));
        var sold = await session.Orders.AddOrderAsync(Spot(2, 0.004m));

        Assert.Equal(("65000.50", "-0.3250", (long?)null), (bought.ExecutePrice, bought.Fee, bought.PositionId));
        Assert.Equal(("65000.00", "-0.1300"), (sold.ExecutePrice, sold.Fee));
        Assert.Equal(9_609.54m, await BalanceAsync(customer, TradeType.Spot, "USDT")); // 10 000 − 650.005 − 0.325 + 260 − 0.13
        Assert.Equal(0.006m, await BalanceAsync(customer, TradeType.Spot, "BTC"));
        var flow = await FlowAsync(customer, TradeType.Spot);
        Assert.Equal(
            [(54011, "USDT", "0.0000", "0.1300"), (54010, "BTC", "0.00000000", "0.00400000"), (54010, "USDT", "260.0000", "0.0000"), (54011, "USDT", "0.0000", "0.3250"), (54010, "BTC", "0.01000000", "0.00000000"), (54010, "USDT", "0.0000", "650.0050")],
            flow.Select(r => (r.BusinessType1!.Value, r.Currency, r.AmountIn, r.AmountOut)));
        var orders = await session.Orders.QueryOrderPageAsync(new QueryOrderPageRequest { TradeType = TradeType.Spot });
        Assert.Equal([(sold.OrderId, 2, 2), (bought.OrderId, 1, 2)], orders.Records.Select(o => (o.Id, o.Direction!.Value, o.Status!.Value)));
    }

    [Theory]
    [InlineData(1, 0.2)]     // 13 000 USDT and the fee, with 10 000
    [InlineData(2, 0.0001)]  // BTC the customer does not have
    public async Task AddOrder_SpotWithoutTheFunds_IsRefusedAndMovesNothing(int direction, double quantity)
    {
        var (customer, session) = await LoginSpotCustomerAsync(usdt: 10_000m);

        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => session.Orders.AddOrderAsync(Spot(direction, (decimal)quantity)));

        Assert.Equal("E000001", refused.Code);
        Assert.Contains("insufficient balance", refused.Message, StringComparison.Ordinal);
        Assert.Equal(10_000m, await BalanceAsync(customer, TradeType.Spot, "USDT"));
        Assert.Empty(await FlowAsync(customer, TradeType.Spot));
    }

    private async Task<(FakeCustomer Customer, CustomerSession Session)> LoginSpotCustomerAsync(decimal usdt)
    {
        var customer = SeedSpotCustomer(usdt);
        return (customer, await LoginAsync(customer));
    }

    private AddOrderRequest Spot(int direction, decimal quantity) => new()
    {
        TradeType = TradeType.Spot,
        BizType = 12,
        Direction = direction,
        SymbolId = BtcUsdt,
        RequestTime = Clock.GetUtcNow(),
        RequestPrice = ScaledPrice.From(direction == 1 ? 65000.50m : 65000.00m, 2),
        RequestNum = quantity.ToString(CultureInfo.InvariantCulture),
        AccountCurrency = "USDT",
        AccountDigits = 4,
        OperationType = 1,
        ExpireType = "1",
    };
}

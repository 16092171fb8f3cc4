using System.Globalization;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>
/// A customer of group 1 with an empty book and 10 000 USDT, logged in through the SDK (<see cref="ICustomerSessions"/>),
/// and the order requests the tests send: prices built with <see cref="ScaledPrice"/> from the product's digits.
/// </summary>
public abstract class CustomerTradingTest : ManagerSdkTest
{
    /// <summary>BTCUSDT: 2 digits, quoted 65000.00 / 65000.50 by the fake.</summary>
    protected const long Btc = 1;

    protected const int BtcDigits = 2;

    protected FakeCustomer Trader { get; private set; } = null!;

    protected CustomerSession Session { get; private set; } = null!;

    protected TradingAccount Account => Session.Login!.Profile.AccountList.Single(a => a.TradeType == TradeType.ContractCross);

    /// <summary>Seeds the trader (no positions, no pending orders; a fund password when given) and logs in.</summary>
    protected async Task LoginTraderAsync(decimal balance = 10_000m, string? fundPassword = null)
    {
        Trader = Server.SeedCustomer(new FakeCustomerSeed
        {
            Phone = NextPhone(),
            FundPassword = fundPassword,
            Accounts = { new FakeAccountSeed { Balance = balance } },
            Positions = [],
            PendingOrders = [],
        });
        Session = await LoginAsync(Trader);
    }

    /// <summary>A market order (bizType 1 open, 2 close) or a limit pending order (10) of <paramref name="lots"/> BTCUSDT.</summary>
    protected CrossMarginAddMarketOrderRequest Order(int bizType, int direction, decimal lots, decimal price, decimal? stopLoss = null, decimal? takeProfit = null, long? positionId = null, string? thirdPartyOrder = null) => new()
    {
        TradeType = TradeType.ContractCross,
        BizType = bizType,
        Direction = direction,
        SymbolId = Btc,
        PositionId = positionId,
        RequestTime = Clock.GetUtcNow(),
        RequestPrice = Wire(price),
        RequestNum = lots.ToString(CultureInfo.InvariantCulture),
        StopLoss = stopLoss is { } sl ? Wire(sl) : null,
        TakeProfit = takeProfit is { } tp ? Wire(tp) : null,
        AccountCurrency = Account.Currency!,
        AccountDigits = Account.Digits!.Value,
        ThirdPartyOrder = thirdPartyOrder,
    };

    /// <summary>The customer's orders on trade type 1 (one page of 50), newest first.</summary>
    protected Task<Cmfbl.Sdk.Pagination.PagedResult<QueryOrderPageRecord>> OrdersAsync() =>
        Session.Orders.QueryOrderPageAsync(new QueryOrderPageRequest { TradeType = TradeType.ContractCross, Size = 50 });

    /// <summary>The customer's open positions on trade type 1, through the Client API.</summary>
    protected Task<IReadOnlyList<PositionDetail>> MyPositionsAsync() =>
        Session.Positions.QueryPositionPageAsync(new ClientQueryPositionPageRequest { TradeType = TradeType.ContractCross });

    /// <summary>The wire form of a BTCUSDT price: the integer string <see cref="ScaledPrice"/> makes of it.</summary>
    protected static ScaledPrice Wire(decimal price) => ScaledPrice.From(price, BtcDigits);
}

using System.Globalization;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.ClientApi.Platform.Models;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Spectre.Console;

namespace Cmfbl.Sdk.Samples.Story;

/// <summary>
/// The trading story, after onboarding: the company funds the new customer (Manager API), the customer logs in, reads
/// a product's price digits, opens a market order with a stop-loss and take-profit built with <see cref="ScaledPrice"/>
/// and an idempotency key, reads the position, closes it and reads the capital flow (Client API).
/// </summary>
internal sealed class TradingStory(CmfblClient client, IAnsiConsole console, StorySettings settings)
{
    private const string ProductCode = "BTCUSDT";
    private const decimal Deposit = 1_000m;
    private const decimal Lots = 0.01m;

    public async Task RunAsync(string customerNo, CancellationToken cancellationToken)
    {
        Step($"9. Fund customer {customerNo}: a {Deposit} USDT quota adjustment (Manager API)");
        var proposalNo = await client.ManagerApi.AdjustProposals.AddCustomerAdjustProposalAsync(
            new AddCustomerAdjustProposalRequest
            {
                CustomerNo = customerNo,
                AccountCurrency = "USDT",
                TradeType = TradeType.ContractCross,
                BusinessType = 4,
                Amount = Deposit,
                Withdraw = true,
                Remark = "Cmfbl.Sdk sample",
            },
            cancellationToken);
        console.MarkupLineInterpolated($"   adjustment proposal [bold]{proposalNo}[/]");

        using var session = await client.ClientApi.Sessions.LoginAsync(
            new LoginRequest { Type = LoginNameType.CustomerNo, LoginName = customerNo, Password = Md5Password.FromPlainText(settings.Password) },
            cancellationToken: cancellationToken);
        var account = session.Login!.Profile.AccountList.First(a => a.TradeType == TradeType.ContractCross);

        Step($"10. Log in as {customerNo} and read {ProductCode}'s price digits (Client API)");
        var products = await session.Symbols.GetSymbolListAsync(
            new ClientGetSymbolListRequest { TradeType = TradeType.ContractCross, CustomerGroupId = settings.CustomerGroupId, Name = ProductCode },
            cancellationToken);
        var symbolId = products.FirstOrDefault(p => p.Code == ProductCode)?.Id
            ?? throw new InvalidOperationException($"Customer group {settings.CustomerGroupId} does not trade {ProductCode}.");
        var product = await session.Symbols.GetSymbolDetailAsync(new GetSymbolDetailRequest { TradeType = TradeType.ContractCross, SymbolId = symbolId }, cancellationToken);
        var digits = product.SymbolDigits ?? throw new InvalidOperationException($"{ProductCode} came without symbolDigits.");
        console.MarkupLineInterpolated($"   {ProductCode} (id {symbolId}): prices have [bold]{digits}[/] digits, so 1.5 goes on the wire as {ScaledPrice.From(1.5m, digits).Scaled}; contract size {product.ContractSize}, lots {product.MinVolume}–{product.MaxVolume}");

        Step($"11. Buy {Lots} lot {ProductCode} at the market, with a stop-loss 2 % below and a take-profit 2 % above");
        var open = Order(account, symbolId, bizType: 1, direction: 1, positionId: null);
        var cost = await session.CrossMarginOrders.CalculateMarketOrderAsync(Cost(open), cancellationToken);
        var price = decimal.Parse(cost.CalculatePrice!, CultureInfo.InvariantCulture);
        var stopLoss = ScaledPrice.FromRounded(price * 0.98m, digits, MidpointRounding.ToZero);
        var takeProfit = ScaledPrice.FromRounded(price * 1.02m, digits, MidpointRounding.ToZero);
        console.MarkupLineInterpolated($"   the trial calculation says: price {cost.CalculatePrice}, margin {cost.Margin}, fee {cost.Fee} {account.Currency}");
        var openKey = Guid.NewGuid().ToString("N");
        var opened = await session.CrossMarginOrders.AddMarketOrderAsync(
            open with { RequestPrice = ScaledPrice.From(price, digits), StopLoss = stopLoss, TakeProfit = takeProfit },
            idempotencyKey: openKey,
            cancellationToken: cancellationToken);
        console.MarkupLineInterpolated($"   order [bold]{opened.OrderId}[/] filled at {opened.ExecutePrice} (fee {opened.Fee}); position [bold]{opened.PositionId}[/]");
        console.MarkupLineInterpolated($"   stop-loss {stopLoss} (wire \"{opened.StopLoss}\"), take-profit {takeProfit} (wire \"{opened.TakeProfit}\")");
        console.MarkupLineInterpolated($"   idempotency key {openKey}: a lost answer is retried without a second order");

        Step($"12. Position {opened.PositionId}");
        var positions = await session.Positions.QueryPositionPageAsync(new ClientQueryPositionPageRequest { TradeType = TradeType.ContractCross, SymbolId = symbolId }, cancellationToken);
        var position = positions.FirstOrDefault(p => p.PositionId == opened.PositionId)
            ?? throw new InvalidOperationException($"Position {opened.PositionId} was opened but the position list does not show it.");
        var table = new Table().Border(StoryOutput.TableBorder(console)).AddColumns("Position", "Side", "Lots", "Open price", "Stop-loss", "Take-profit", "Floating P/L");
        table.AddRow(
            Markup.Escape(position.PositionId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
            position.Direction == 1 ? "buy" : "sell",
            Markup.Escape(position.Volume ?? string.Empty),
            Markup.Escape(position.OpenPrice ?? string.Empty),
            Markup.Escape(position.StopLossDecimal ?? string.Empty),
            Markup.Escape(position.TakeProfitDecimal ?? string.Empty),
            Markup.Escape(position.Profit ?? string.Empty));
        console.Write(table);

        Step($"13. Close position {opened.PositionId} at the market");
        var closed = await session.CrossMarginOrders.AddMarketOrderAsync(
            Order(account, symbolId, bizType: 2, direction: 2, positionId: opened.PositionId) with { RequestPrice = ScaledPrice.From(price, digits) },
            idempotencyKey: Guid.NewGuid().ToString("N"),
            cancellationToken: cancellationToken);
        console.MarkupLineInterpolated($"   order [bold]{closed.OrderId}[/] closed it at {closed.ExecutePrice}: profit {closed.Profit}, fee {closed.Fee} {account.Currency}");
        var flow = await session.CrossMarginOrders.QueryCapitalFlowListAsync(
            new CrossMarginQueryCapitalFlowListRequest { TradeType = TradeType.ContractCross, Lang = "en_US" }, cancellationToken);
        var rows = new Table().Border(StoryOutput.TableBorder(console)).AddColumns("Capital flow", "In", "Out", "Balance after");
        foreach (var row in flow.Records)
        {
            rows.AddRow(Markup.Escape(row.BusinessType1Name ?? string.Empty), Markup.Escape(row.AmountIn ?? string.Empty), Markup.Escape(row.AmountOut ?? string.Empty), Markup.Escape(row.AmountAfter ?? string.Empty));
        }

        console.Write(rows);
        await session.LogoutAsync(cancellationToken);
        console.MarkupLine("   logged out");
    }

    private static CrossMarginAddMarketOrderRequest Order(TradingAccount account, long symbolId, int bizType, int direction, long? positionId) => new()
    {
        TradeType = TradeType.ContractCross,
        AccountId = account.AccountId,
        BizType = bizType,
        Direction = direction,
        SymbolId = symbolId,
        PositionId = positionId,
        RequestTime = DateTimeOffset.UtcNow,
        RequestPrice = ScaledPrice.FromScaled(0), // 0: the trial calculation prices it at the market; the orders set the price
        RequestNum = Lots.ToString(CultureInfo.InvariantCulture),
        AccountCurrency = account.Currency ?? "USDT",
        AccountDigits = account.Digits ?? 4,
    };

    /// <summary>The trial calculation of an order: the market order's fields (its price is only recorded, so "0" asks for the market's).</summary>
    private static CrossMarginCalculateMarketOrderRequest Cost(CrossMarginAddMarketOrderRequest order) => new()
    {
        TradeType = order.TradeType,
        AccountId = order.AccountId,
        BizType = order.BizType,
        Direction = order.Direction,
        SymbolId = order.SymbolId,
        RequestTime = order.RequestTime,
        RequestPrice = order.RequestPrice,
        RequestNum = order.RequestNum,
        AccountCurrency = order.AccountCurrency,
        AccountDigits = order.AccountDigits,
    };

    private void Step(string title) => StoryOutput.Step(console, title);
}

using Cmfbl.Sdk.ClientApi.Funds.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

public sealed class FundProposalTests : CustomerTradingTest
{
    private const string FundPassword = "f654321";

    [Fact]
    public async Task CreateDepositProposal_ApprovedAtOnce_CreditsTheBalanceAndShowsOnThePagesAndTheCapitalFlow()
    {
        await LoginTraderAsync();

        var created = await Session.Deposits.CreateDepositProposalAsync(Deposit(500m));

        Assert.Equal(10_500m, await BalanceAsync(Trader));
        var row = Assert.Single(await FlowAsync(Trader));
        Assert.Equal((1, 1001, "500.0000", created.ProposalNo), (row.BusinessType!.Value, row.BusinessType1!.Value, row.AmountIn, row.Remark));
        var listed = Assert.Single((await Session.FundProposals.QueryDepositPageListAsync(new QueryDepositPageListRequest())).Records);
        Assert.Equal((created.ProposalNo, 2, 2, "500.0000", "USDT", "fake_pay"), (listed.ProposalNo, listed.CheckStatus!.Value, listed.DepositStatus!.Value, listed.FinalAmount, listed.DepositCurrency, listed.PaymentCode));
        var detail = await Session.Deposits.DepositAppDubboServiceQueryDepositProposalAsync(new DepositAppDubboServiceQueryDepositProposalRequest { TradeType = TradeType.ContractCross, ProposalNo = created.ProposalNo });
        Assert.Equal(listed, detail);
        Assert.Empty((await Session.FundProposals.QueryWithdrawPageListAsync(new QueryWithdrawPageListRequest())).Records);
    }

    [Fact]
    public async Task CreateDepositProposal_WhileProposalsAreHeld_MovesNothingUntilApprovedAndIsPushedToTheManager()
    {
        await LoginTraderAsync();
        await using var api = new ApiClient(Server);
        await using var events = await RawSocket.ConnectAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = await api.AuthAsync(), ["group"] = "crm" });
        Server.HoldFundProposals = true;

        var created = await Session.Deposits.CreateDepositProposalAsync(Deposit(200m));
        var waiting = await Session.FundProposals.IsHaveUnCompleteProposalAsync();
        var balanceWhileWaiting = await BalanceAsync(Trader);
        var approved = Server.ApproveFundProposal(created.ProposalNo!);

        Assert.True(waiting);
        Assert.Equal(10_000m, balanceWhileWaiting);
        Assert.Equal((true, false, 200m, 2), (approved.ProposalNo == created.ProposalNo, approved.IsWithdrawal, approved.Amount, approved.CheckStatus));
        Assert.Equal(10_200m, await BalanceAsync(Trader));
        Assert.False(await Session.FundProposals.IsHaveUnCompleteProposalAsync());
        Assert.Throws<InvalidOperationException>(() => Server.ApproveFundProposal(created.ProposalNo!));
        Assert.Throws<ArgumentException>(() => Server.RejectFundProposal("20250305999999"));
        var pushed = new List<(string?, int?)>();
        for (var i = 0; i < 3; i++)
        {
            var frame = await events.ReceiveJsonAsync();
            pushed.Add(((string?)frame["eventType"], (int?)frame["data"]!["checkStatus"]));
            Assert.Equal(Trader.CustomerNo, frame["data"]!["customerNo"]?.ToString());
        }

        Assert.Equal([("deposit", 1), ("subject_water_insert", null), ("deposit", 2)], pushed);
    }

    [Fact]
    public async Task CreateWithdrawProposal_Held_FreezesTheAmountAndARejectionReleasesIt()
    {
        await LoginTraderAsync();
        Server.HoldFundProposals = true;

        var created = await Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(300m));
        var whileWaiting = await AccountAsync();
        var tooMuchWhileFrozen = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(9_800m)));
        Server.RejectFundProposal(created.ProposalNo!, "Bank details do not match");
        var afterRejection = await AccountAsync();

        Assert.Equal((1, 1, "300.0000"), (created.CheckStatus!.Value, created.WithdrawViewStatus!.Value, created.Amount));
        Assert.Equal((10_000m, 300m, 9_700m), (whileWaiting.Balance!.Value, whileWaiting.Frozen!.Value, whileWaiting.Available!.Value));
        Assert.Equal("FS51014", tooMuchWhileFrozen.Code);
        Assert.Equal((10_000m, 0m), (afterRejection.Balance!.Value, afterRejection.Frozen!.Value));
        var listed = Assert.Single((await Session.FundProposals.QueryWithdrawPageListAsync(new QueryWithdrawPageListRequest())).Records);
        Assert.Equal((3, 3, "Bank details do not match"), (listed.CheckStatus!.Value, listed.TransferStatus!.Value, listed.TransferRejectReason));
        Assert.Empty(await FlowAsync(Trader));
    }

    [Fact]
    public async Task CreateWithdrawProposal_WithTheFundPassword_DebitsTheBalanceAndBooksAWithdrawalRow()
    {
        await LoginTraderAsync(fundPassword: FundPassword);

        var created = await Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(300m, FundPassword));

        Assert.Equal((2, 4, "bank"), (created.CheckStatus!.Value, created.WithdrawViewStatus!.Value, created.WithdrawMethod));
        Assert.Equal(9_700m, await BalanceAsync(Trader));
        var row = Assert.Single(await FlowAsync(Trader));
        Assert.Equal((2, 2001, "300.0000", created.ProposalNo), (row.BusinessType!.Value, row.BusinessType1!.Value, row.AmountOut, row.Remark));
    }

    [Theory]
    [InlineData("wrong-password", 300, "CUSTOMER_API_0000132")]
    [InlineData(null, 300, "CUSTOMER_API_0000132")]
    [InlineData(FundPassword, 9.99, "FS51001")]
    [InlineData(FundPassword, 10_000.01, "FS51014")]
    public async Task CreateWithdrawProposal_RefusedWithdrawal_AnswersTheCodeAndMovesNothing(string? fundPassword, double amount, string code)
    {
        await LoginTraderAsync(fundPassword: FundPassword);

        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw((decimal)amount, fundPassword)));

        Assert.Equal(code, refused.Code);
        Assert.Empty(Server.FundProposals);
        Assert.Equal((10_000m, 0m), ((await AccountAsync()).Balance!.Value, (await AccountAsync()).Frozen!.Value));
    }

    [Fact]
    public async Task CreateWithdrawProposal_MoreThanTheFreeMargin_IsRefusedWhileAPositionHoldsIt()
    {
        await LoginTraderAsync();
        await Session.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m)); // margin 650.05, fee 3.25

        var refused = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(9_400m)));
        var allowed = await Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(9_346.70m));

        Assert.Equal("FS51014", refused.Code);
        Assert.Equal("9346.7000", allowed.Amount);
        Assert.Equal(650.05m, await BalanceAsync(Trader)); // the margin in use stays
    }

    [Fact]
    public async Task CreateDepositProposal_SameIdempotencyKeyTwice_AnswersFromTheCacheAndCreditsOnce()
    {
        await LoginTraderAsync();

        var first = await Session.Deposits.CreateDepositProposalAsync(Deposit(100m), idempotencyKey: "deposit-42");
        var repeat = await Session.Deposits.CreateDepositProposalAsync(Deposit(100m), idempotencyKey: "deposit-42");

        Assert.Equal(first.ProposalNo, repeat.ProposalNo);
        Assert.Single(Server.FundProposals);
        Assert.Equal(10_100m, await BalanceAsync(Trader));
    }

    [Fact]
    public async Task CreateWithdrawProposal_AnswerLostWithAnIdempotencyKey_IsRetriedAndWithdrawsOnce()
    {
        await LoginTraderAsync();
        Server.Faults.FailNext(FakeFault.AnswerLost, bizTypeFilter: "createWithdrawProposal");

        var created = await Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(300m, FundPassword), idempotencyKey: "withdraw-7");

        var attempts = Server.Journal.Where(r => r.BizType == "fund.app.WithdrawAppDubboService.createWithdrawProposal").ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.All(attempts, r => Assert.Equal("withdraw-7", r.Headers["idempotency-key"]));
        Assert.Equal(created.ProposalNo, Assert.Single(Server.FundProposals).ProposalNo);
        Assert.Equal(9_700m, await BalanceAsync(Trader));
    }

    [Fact]
    public async Task CreateWithdrawProposal_AnswerLostWithoutAKey_IsOutcomeUnknownNamingThePage_AndWithdrewOnce()
    {
        await LoginTraderAsync();
        Server.Faults.FailNext(FakeFault.AnswerLost, bizTypeFilter: "createWithdrawProposal");

        var unknown = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => Session.Withdrawals.CreateWithdrawProposalAsync(Withdraw(300m, FundPassword)));

        Assert.Contains("QueryWithdrawPageListAsync", unknown.Message, StringComparison.Ordinal);
        Assert.Single(Server.Journal, r => r.BizType == "fund.app.WithdrawAppDubboService.createWithdrawProposal");
        Assert.Single((await Session.FundProposals.QueryWithdrawPageListAsync(new QueryWithdrawPageListRequest())).Records);
        Assert.Equal(9_700m, await BalanceAsync(Trader));
    }

    [Fact]
    public async Task CreateDepositProposal_MissingAmountOrAnotherGroup_IsRefusedNamingTheField()
    {
        await LoginTraderAsync();

        var noAmount = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Deposits.CreateDepositProposalAsync(Deposit(200m) with { DepositAmount = null }));
        var otherGroup = await Assert.ThrowsAsync<CmfblApiException>(() => Session.Deposits.CreateDepositProposalAsync(Deposit(200m) with { CustomerGroupId = 2 }));

        Assert.Equal(("GATEWAY_CODE_104", "depositAmount"), (noAmount.Code, noAmount.MsgParams));
        Assert.Equal(("GATEWAY_CODE_104", "customerGroupId"), (otherGroup.Code, otherGroup.MsgParams));
        Assert.Empty(Server.FundProposals);
    }

    private CreateDepositProposalRequest Deposit(decimal amount) => new()
    {
        TradeType = TradeType.ContractCross,
        CustomerGroupId = Trader.CustomerGroupId,
        AccountCurrency = "USDT",
        PaymentCurrency = "USDT",
        PaymentChannelCode = "fake_pay",
        PaymentChannelType = "crypto",
        PaymentMerchantNo = "m-1",
        PaymentChannelClientType = "PC_Web",
        DepositAmount = amount,
    };

    private CreateWithdrawProposalRequest Withdraw(decimal amount, string? fundPassword = null) => new()
    {
        TradeType = TradeType.ContractCross,
        CustomerGroupId = Trader.CustomerGroupId,
        AccountCurrency = "USDT",
        Amount = amount,
        WithdrawMethod = "bank",
        WithdrawType = 1,
        BankName = "Fake Bank",
        BankCardNo = "6222000000000001",
        FundPwd = fundPassword is null ? null : Md5Password.FromPlainText(fundPassword),
    };

    private async Task<TradingAccount> AccountAsync() =>
        Assert.Single(await Manager.Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = Trader.CustomerNo, TradeType = TradeType.ContractCross }));
}

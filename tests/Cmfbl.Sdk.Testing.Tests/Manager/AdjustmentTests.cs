using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class AdjustmentTests : ManagerSdkTest
{
    [Fact]
    public async Task AddCustomerAdjustProposal_Credit_ShowsInTheBalanceTheCapitalFlowAndTheProposal()
    {
        var customer = SeedTrader(balance: 1000m);

        var proposalNo = await Manager.AdjustProposals.AddCustomerAdjustProposalAsync(Adjustment(customer, 250.5m) with { Remark = "Welcome bonus" });

        Assert.Equal(1250.5m, await BalanceAsync(customer));
        var row = Assert.Single(await FlowAsync(customer));
        Assert.Equal((4, 4001, "250.5000", "0.0000", "1250.5000", "Welcome bonus"), (row.BusinessType, row.BusinessType1, row.AmountIn, row.AmountOut, row.AmountAfter, row.Remark));
        Assert.Equal(("Quota adjustment", customer.Accounts[0].AccountId), (row.BusinessTypeName, row.AccountId!.Value));
        var proposal = await Manager.AdjustProposals.GetCustomerAdjustProposalByIdAsync(new GetCustomerAdjustProposalByIdRequest { ProposalNo = proposalNo, CompanyId = CompanyId });
        Assert.Equal((proposalNo, 2, 250.5m, customer.CustomerNo, customer.Accounts[0].AccountId), (proposal.ProposalNo, proposal.CheckStatus, proposal.Amount, proposal.CustomerNo, proposal.AccountId!.Value));
        Assert.Equal((4, TradeType.ContractCross, "USDT", true), (proposal.BusinessType, proposal.TradeType, proposal.AccountCurrency, proposal.Withdraw));
        Assert.Matches("^20250305[0-9]{6}$", proposalNo);
    }

    [Fact]
    public async Task AddCustomerAdjustProposal_CreditThenDebit_EachGetsItsOwnProposalAndRow()
    {
        var customer = SeedTrader(balance: 100m);

        var credit = await Manager.AdjustProposals.AddCustomerAdjustProposalAsync(Adjustment(customer, 50m));
        var debit = await Manager.AdjustProposals.AddCustomerAdjustProposalAsync(Adjustment(customer, -120m));

        Assert.NotEqual(credit, debit);
        Assert.Equal(30m, await BalanceAsync(customer));
        var rows = await FlowAsync(customer);
        Assert.Equal([(4002, "120.0000", "30.0000"), (4001, "0.0000", "150.0000")], rows.Select(r => (r.BusinessType1!.Value, r.AmountOut!, r.AmountAfter!)));
        var proposal = await Manager.AdjustProposals.GetCustomerAdjustProposalByIdAsync(new GetCustomerAdjustProposalByIdRequest { ProposalNo = debit, CompanyId = CompanyId });
        Assert.Equal(-120m, proposal.Amount);
    }

    [Fact]
    public async Task AddCustomerAdjustProposal_DebitBeyondTheBalance_IsRefusedAndChangesNothing()
    {
        var customer = SeedTrader(balance: 100m);

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.AdjustProposals.AddCustomerAdjustProposalAsync(Adjustment(customer, -100.01m)));

        Assert.Equal(("FS520001", "FS"), (error.Code, error.BizCode));
        Assert.Equal(100m, await BalanceAsync(customer));
        Assert.Empty(await FlowAsync(customer));
    }

    [Fact]
    public async Task AddCustomerAdjustProposal_AccountOfAnotherTradeType_IsRefusedWithFs520010()
    {
        var customer = SeedTrader();
        var spot = SeedSpotCustomer();

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.AdjustProposals.AddCustomerAdjustProposalAsync(
            Adjustment(customer, 10m) with { AccountId = spot.Accounts[0].AccountId }));

        Assert.Equal("FS520010", error.Code);
        Assert.Equal(1000m, await BalanceAsync(customer));
    }

    [Fact]
    public async Task GetCustomerAdjustProposalById_UnknownNumber_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.AdjustProposals.GetCustomerAdjustProposalByIdAsync(
            new GetCustomerAdjustProposalByIdRequest { ProposalNo = "20250305999999", CompanyId = CompanyId }));

        Assert.Equal("CUSTOMER_API_0000003", error.Code);
    }

    private static AddCustomerAdjustProposalRequest Adjustment(FakeCustomer customer, decimal amount) => new()
    {
        CustomerNo = customer.CustomerNo,
        AccountCurrency = "USDT",
        TradeType = TradeType.ContractCross,
        BusinessType = 4,
        Amount = amount,
        Withdraw = true,
    };
}

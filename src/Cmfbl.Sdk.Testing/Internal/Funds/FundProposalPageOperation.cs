using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.app.CustomerProposalQueryService.queryDepositPageList</c> / <c>queryWithdrawPageList</c>: the logged-in
/// customer's deposit or withdrawal proposals, newest first, as the gateway's page; filters <c>startTime</c> /
/// <c>endTime</c> on the creation time (ms, inclusive), the currencies (<c>depositCurrency</c> / <c>paymentCurrency</c>,
/// <c>accountCurrency</c> / <c>withdrawCurrency</c>), <c>depositStatus</c> and <c>withdrawType</c>.
/// </summary>
internal sealed class FundProposalPageOperation(FakeBackend backend, bool withdrawal)
    : CustomerOperation(backend, "fund.app.CustomerProposalQueryService." + (withdrawal ? "queryWithdrawPageList" : "queryDepositPageList"))
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer)
    {
        var start = JsonRead.Int64(body, "startTime");
        var end = JsonRead.Int64(body, "endTime");
        var accountCurrency = JsonRead.Text(body, withdrawal ? "accountCurrency" : "depositCurrency");
        var paymentCurrency = JsonRead.Text(body, withdrawal ? "withdrawCurrency" : "paymentCurrency");
        var depositStatus = JsonRead.Int64(body, "depositStatus");
        var withdrawType = JsonRead.Int64(body, "withdrawType");
        var proposals = Backend.Trading.FundProposals(p =>
                p.Withdrawal == withdrawal
                && p.Holder.CustomerId == customer.Id
                && (start is null || p.CreateTime.ToUnixTimeMilliseconds() >= start)
                && (end is null || p.CreateTime.ToUnixTimeMilliseconds() <= end)
                && (accountCurrency is null || string.Equals(p.Holder.Currency, accountCurrency, StringComparison.OrdinalIgnoreCase))
                && (paymentCurrency is null || string.Equals(p.Request.PaymentCurrency, paymentCurrency, StringComparison.OrdinalIgnoreCase))
                && (depositStatus is null || DepositStatus(p) == depositStatus)
                && (withdrawType is null || (p.Request.WithdrawType ?? 1) == withdrawType))
            .OrderByDescending(p => p.Id)
            .ToArray();
        var companyId = Backend.Settings.CompanyId;
        return Outcome.Ok(Paging.Page(proposals, Paging.Read(body), p => FundProposalJson.Record(p, companyId)));
    }

    private static int DepositStatus(FundProposal proposal) => proposal.CheckStatus switch
    {
        FundProposal.Approved => 2,
        FundProposal.Rejected => 3,
        _ => 1,
    };
}

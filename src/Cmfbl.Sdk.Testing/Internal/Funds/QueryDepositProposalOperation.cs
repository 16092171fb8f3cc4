using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.app.DepositAppDubboService.queryDepositProposal</c> (called on the spec's path
/// <c>/global/fund.app.DepositAppDubboService/queryDepositProposal</c>): one deposit proposal of the logged-in customer
/// by <c>proposalNo</c> on <c>tradeType</c>; another customer's or an unknown one is <c>CUSTOMER_API_0000003</c>.
/// </summary>
internal sealed class QueryDepositProposalOperation(FakeBackend backend)
    : CustomerOperation(backend, "fund.app.DepositAppDubboService.queryDepositProposal")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer)
    {
        if (TradeType(body) is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        var proposalNo = JsonRead.Text(body, "proposalNo");
        return Backend.Trading.FundProposals(p =>
                !p.Withdrawal
                && p.Holder.CustomerId == customer.Id
                && p.Holder.TradeType == tradeType
                && string.Equals(p.ProposalNo, proposalNo, StringComparison.Ordinal)) is [var proposal]
            ? Outcome.Ok(FundProposalJson.Record(proposal, Backend.Settings.CompanyId))
            : Errors.DataNotFound;
    }
}

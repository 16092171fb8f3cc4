using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary><c>fund.app.CustomerProposalQueryService.isHaveUnCompleteProposal</c>: whether a deposit or withdrawal proposal of the logged-in customer still waits for approval.</summary>
internal sealed class IsHaveUnCompleteProposalOperation(FakeBackend backend)
    : CustomerOperation(backend, "fund.app.CustomerProposalQueryService.isHaveUnCompleteProposal")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer) =>
        Outcome.Ok(JsonValue.Create(Backend.Trading.FundProposals(p => p.Holder.CustomerId == customer.Id && p.CheckStatus == FundProposal.Pending).Count > 0));
}

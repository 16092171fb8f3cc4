namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary><c>fund.admin.CustomerAdjustProposalAdminDubboService.getCustomerAdjustProposalById</c>: one adjustment by its proposal number, with its <c>checkStatus</c> (2, approved).</summary>
internal sealed class GetCustomerAdjustProposalByIdOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerAdjustProposalAdminDubboService.getCustomerAdjustProposalById")
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Text(call.Body, "proposalNo") is not { } proposalNo)
        {
            return Errors.BadParameter("proposalNo");
        }

        if (JsonRead.Int64(call.Body, "companyId") is not { } companyId)
        {
            return Errors.BadParameter("companyId");
        }

        var proposal = companyId == backend.Settings.CompanyId ? backend.Trading.FindProposal(proposalNo) : null;
        return proposal is null ? Errors.DataNotFound : Outcome.Ok(Trading.LedgerJson.Proposal(proposal, companyId));
    }
}

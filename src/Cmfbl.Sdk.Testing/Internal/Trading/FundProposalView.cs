namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>Turns a <see cref="FundProposal"/> into the public <see cref="FakeFundProposal"/> snapshot.</summary>
internal static class FundProposalView
{
    public static FakeFundProposal From(FundProposal proposal) => new()
    {
        ProposalNo = proposal.ProposalNo,
        IsWithdrawal = proposal.Withdrawal,
        CustomerNo = proposal.Holder.CustomerNo,
        AccountId = proposal.Holder.AccountId,
        Amount = proposal.Amount,
        Currency = proposal.Holder.Currency,
        CheckStatus = proposal.CheckStatus,
        CreateTime = proposal.CreateTime,
    };
}

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A customer's deposit or withdrawal proposal (Client API <c>fund.app.DepositAppDubboService.createDepositProposal</c>
/// or <c>fund.app.WithdrawAppDubboService.createWithdrawProposal</c>): a snapshot for assertions and for
/// <see cref="CmfblFakeServer.ApproveFundProposal"/> / <see cref="CmfblFakeServer.RejectFundProposal"/>.
/// </summary>
public sealed record FakeFundProposal
{
    /// <summary>Gets the proposal number (<c>proposalNo</c>): the date and a six-digit sequence number.</summary>
    public required string ProposalNo { get; init; }

    /// <summary>Gets whether it is a withdrawal (<see langword="false"/>: a deposit).</summary>
    public required bool IsWithdrawal { get; init; }

    /// <summary>Gets the customer number (<c>customerNo</c>).</summary>
    public required string CustomerNo { get; init; }

    /// <summary>Gets the trading account the money moves into or out of (<c>accountId</c>).</summary>
    public required long AccountId { get; init; }

    /// <summary>Gets the amount, in the account's currency (positive for both kinds).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets the account's currency.</summary>
    public required string Currency { get; init; }

    /// <summary>Gets the review state (<c>checkStatus</c>): 1 waiting for approval, 2 approved, 3 rejected.</summary>
    public required int CheckStatus { get; init; }

    /// <summary>Gets when the customer created it.</summary>
    public required DateTimeOffset CreateTime { get; init; }
}

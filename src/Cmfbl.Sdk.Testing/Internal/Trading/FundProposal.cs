namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// A customer's deposit or withdrawal proposal (<c>createDepositProposal</c> / <c>createWithdrawProposal</c>):
/// <see cref="CheckStatus"/> 1 waiting for approval, 2 approved, 3 rejected. A waiting withdrawal holds its amount as
/// frozen; the balance moves (with its capital-flow row) when the proposal is approved.
/// </summary>
internal sealed record FundProposal(long Id, string ProposalNo, bool Withdrawal, Holder Holder, decimal Amount, FundRequest Request, DateTimeOffset CreateTime)
{
    public const int Pending = 1;
    public const int Approved = 2;
    public const int Rejected = 3;

    public int CheckStatus { get; init; } = Pending;

    /// <summary>Gets who decided it (<c>checkBy</c>), or null while it waits.</summary>
    public string? CheckBy { get; init; }

    /// <summary>Gets the reason given with a rejection, or null.</summary>
    public string? RejectReason { get; init; }

    public DateTimeOffset UpdateTime { get; init; }

    /// <summary>Gets the capital-flow row the approval booked, or null.</summary>
    public long? BookkeepId { get; init; }
}

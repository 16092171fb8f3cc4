namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>A balance adjustment (quota adjustment proposal). The fake approves every proposal at once (<c>checkStatus</c> 2).</summary>
internal sealed record Proposal(long Id, string ProposalNo, Holder Holder, decimal Amount, bool Withdraw, string? Remark, DateTimeOffset Time)
{
    public const int Approved = 2;

    /// <summary>The <c>businessType</c> of every proposal: 4, quota adjustment (the request's fixed value).</summary>
    public const int BusinessType = 4;
}

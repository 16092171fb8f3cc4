using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// Customers' deposit and withdrawal proposals: created waiting for approval, then approved at once unless
/// <see cref="HoldFundProposals"/> is on (a test decides them with <see cref="DecideFund"/>). A waiting withdrawal
/// freezes its amount; an approval moves the balance with its capital-flow row; a rejection releases what it froze.
/// </summary>
internal sealed partial class TradingBook
{
    private readonly List<FundProposal> _fundProposals = [];
    private volatile bool _holdFundProposals;

    /// <summary>Gets or sets whether new deposit and withdrawal proposals wait for a decision instead of being approved at once.</summary>
    public bool HoldFundProposals
    {
        get => _holdFundProposals;
        set => _holdFundProposals = value;
    }

    public IReadOnlyList<FundProposal> FundProposals(Func<FundProposal, bool> filter)
    {
        lock (_gate)
        {
            return [.. _fundProposals.Where(filter)];
        }
    }

    /// <summary>
    /// Creates a deposit or withdrawal proposal of <paramref name="amount"/> (positive). A withdrawal needs the amount
    /// free (balance − frozen − the margin of open positions), and freezes it until the proposal is decided.
    /// </summary>
    public (FundProposal? Proposal, FakeError? Error) SubmitFund(Holder holder, bool withdrawal, decimal amount, FundRequest request)
    {
        var events = new List<(string, JsonObject)>();
        FundProposal proposal;
        lock (_gate)
        {
            if (withdrawal && FreeMarginLocked(holder) is var free && amount > free)
            {
                return (null, FundErrors.InsufficientAvailable(amount, free, holder.Currency));
            }

            var now = time.GetUtcNow();
            var proposalNo = NextProposalNo(now);
            proposal = new FundProposal(_proposalSeq, proposalNo, withdrawal, holder, amount, request, now) { UpdateTime = now };
            if (withdrawal)
            {
                customers.ChangeFrozen(holder.AccountId, amount);
            }

            _fundProposals.Add(proposal);
            events.Add((EventType(proposal), FundProposalJson.Record(proposal, customers.CompanyId)));
            if (!HoldFundProposals)
            {
                proposal = DecideLocked(proposal, approve: true, "System", null, events);
            }
        }

        Announce(events);
        return (proposal, null);
    }

    /// <summary>
    /// Approves or rejects a waiting proposal: the proposal as decided and true, the proposal as it is and false when it
    /// no longer waits, or null when there is no such proposal.
    /// </summary>
    public (FundProposal? Proposal, bool Decided) DecideFund(string proposalNo, bool approve, string? reason)
    {
        var events = new List<(string, JsonObject)>();
        FundProposal decided;
        lock (_gate)
        {
            if (_fundProposals.Find(p => string.Equals(p.ProposalNo, proposalNo, StringComparison.Ordinal)) is not { } proposal)
            {
                return (null, false);
            }

            if (proposal.CheckStatus != FundProposal.Pending)
            {
                return (proposal, false);
            }

            decided = DecideLocked(proposal, approve, "Fake reviewer", reason, events);
        }

        Announce(events);
        return (decided, true);
    }

    private static string EventType(FundProposal proposal) => proposal.Withdrawal ? "withdraw" : "deposit";

    /// <summary>Books the decision; the caller holds the lock and has checked that the proposal waits.</summary>
    private FundProposal DecideLocked(FundProposal proposal, bool approve, string checkBy, string? reason, List<(string, JsonObject)> events)
    {
        var holder = proposal.Holder;
        if (proposal.Withdrawal)
        {
            customers.ChangeFrozen(holder.AccountId, -proposal.Amount);
        }

        FlowRow? row = null;
        if (approve)
        {
            row = proposal.Withdrawal
                ? BookLocked(holder, FlowKind.Withdrawal, -proposal.Amount, proposal.ProposalNo, null, null, events)
                : BookLocked(holder, FlowKind.Deposit, proposal.Amount, proposal.ProposalNo, null, null, events);
        }

        var decided = proposal with
        {
            CheckStatus = approve ? FundProposal.Approved : FundProposal.Rejected,
            CheckBy = checkBy,
            RejectReason = approve ? null : reason,
            UpdateTime = time.GetUtcNow(),
            BookkeepId = row?.BookkeepId,
        };
        _fundProposals[_fundProposals.IndexOf(proposal)] = decided;
        events.Add((EventType(decided), FundProposalJson.Record(decided, customers.CompanyId)));
        return decided;
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>Balance movements: deposits and withdrawals, adjustments, rewards.</summary>
internal sealed partial class TradingBook
{
    /// <summary>
    /// Moves <paramref name="amount"/> into (positive) or out of (negative) the account with its ledger row. A debit
    /// larger than the available amount (balance − frozen) is refused, or with <paramref name="clamp"/> cut to it
    /// (a zero movement books no row).
    /// </summary>
    public (FlowRow? Row, FakeError? Error) Move(long accountId, decimal amount, FlowKind kind, string? remark, bool clamp = false)
    {
        var events = new List<(string, JsonObject)>();
        FlowRow? row = null;
        lock (_gate)
        {
            if (customers.FindAccount(accountId) is not { } found)
            {
                return (null, Errors.DataNotFound);
            }

            var (customer, account) = found;
            var available = Math.Max(account.Balance - account.Frozen, 0m);
            if (amount < 0 && -amount > available)
            {
                if (!clamp)
                {
                    return (null, Errors.InsufficientBalance);
                }

                amount = -available;
            }

            if (amount != 0)
            {
                row = BookLocked(Holder.Of(customer, account), kind, amount, remark, null, null, events);
            }
        }

        Announce(events);
        return (row, null);
    }

    /// <summary>Books an adjustment proposal (approved at once) and its balance movement.</summary>
    public (Proposal? Proposal, FakeError? Error) Adjust(Holder holder, decimal amount, bool withdraw, string? remark)
    {
        var events = new List<(string, JsonObject)>();
        Proposal proposal;
        lock (_gate)
        {
            var account = customers.FindAccount(holder.AccountId)!.Value.Account;
            if (amount < 0 && -amount > account.Balance - account.Frozen)
            {
                return (null, Errors.InsufficientBalance);
            }

            var now = time.GetUtcNow();
            var proposalNo = NextProposalNo(now);
            proposal = new Proposal(_proposalSeq, proposalNo, holder, amount, withdraw, remark, now);
            _proposals.Add(proposal);
            BookLocked(holder, amount > 0 ? FlowKind.AdjustmentIn : FlowKind.AdjustmentOut, amount, remark, null, null, events);
            events.Add(("account_adjust", LedgerJson.AdjustEvent(proposal)));
        }

        Announce(events);
        return (proposal, null);
    }

    /// <summary>Changes the balance and adds the ledger row; the caller holds the lock and has checked the rules.</summary>
    private FlowRow BookLocked(Holder holder, FlowKind kind, decimal amount, string? remark, long? orderId, long? dealId, List<(string, JsonObject)> events)
    {
        var account = customers.ChangeBalance(holder.AccountId, amount);
        var row = new FlowRow(
            _nextBookkeep++,
            holder,
            kind,
            Math.Max(amount, 0m),
            Math.Max(-amount, 0m),
            account.Balance,
            remark,
            orderId,
            dealId,
            time.GetUtcNow());
        _flows.Add(row);
        events.Add(("subject_water_insert", LedgerJson.FlowEvent(row)));
        return row;
    }
}

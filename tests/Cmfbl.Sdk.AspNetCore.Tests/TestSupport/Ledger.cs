using System.Collections.Concurrent;
using Cmfbl.Sdk.AspNetCore.Settlement;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>A wallet for the tests: balances, what the handler was asked, and hooks to make it slow or refuse.</summary>
public sealed class Ledger
{
    private readonly ConcurrentDictionary<string, decimal> _balances = new();

    public ConcurrentQueue<CreditAdjustment> Adjustments { get; } = new();

    public ConcurrentQueue<CreditAdjustmentCancellation> Reversals { get; } = new();

    public ConcurrentQueue<BalanceQuery> Queries { get; } = new();

    /// <summary>Replaces the default adjustment behaviour (apply the amount and answer success).</summary>
    public Func<CreditAdjustment, CancellationToken, Task<SettlementReply>>? OnAdjust { get; set; }

    public Func<CreditAdjustmentCancellation, CancellationToken, Task<SettlementReply>>? OnReverse { get; set; }

    public Func<BalanceQuery, CancellationToken, Task<SettlementReply<AccountBalance>>>? OnBalance { get; set; }

    public decimal Balance(string userName, string currency) => _balances.GetValueOrDefault(userName + "/" + currency);

    public void Apply(string userName, string currency, decimal amount) => _balances.AddOrUpdate(userName + "/" + currency, amount, (_, old) => old + amount);
}

/// <summary>The handler the tests register: it records each call in the <see cref="Ledger"/> and applies the amounts.</summary>
public sealed class LedgerHandler(Ledger ledger) : IExternalSettlementHandler
{
    public Task<SettlementReply<AccountBalance>> GetBalanceAsync(BalanceQuery query, CancellationToken cancellationToken)
    {
        ledger.Queries.Enqueue(query);
        return ledger.OnBalance?.Invoke(query, cancellationToken)
            ?? Task.FromResult<SettlementReply<AccountBalance>>(new AccountBalance(query.UserName, query.Currency, ledger.Balance(query.UserName, query.Currency), 4));
    }

    public async Task<SettlementReply> AdjustAsync(CreditAdjustment adjustment, CancellationToken cancellationToken)
    {
        ledger.Adjustments.Enqueue(adjustment);
        if (ledger.OnAdjust is { } hook)
        {
            var reply = await hook(adjustment, cancellationToken);
            if (reply.IsSuccess)
            {
                ledger.Apply(adjustment.UserName, adjustment.Currency, -adjustment.Amount);
            }

            return reply;
        }

        ledger.Apply(adjustment.UserName, adjustment.Currency, -adjustment.Amount);
        return SettlementReply.Success();
    }

    public async Task<SettlementReply> ReverseAdjustmentAsync(CreditAdjustmentCancellation cancellation, CancellationToken cancellationToken)
    {
        ledger.Reversals.Enqueue(cancellation);
        var reply = ledger.OnReverse is { } hook ? await hook(cancellation, cancellationToken) : SettlementReply.Success();
        if (reply.IsSuccess)
        {
            ledger.Apply(cancellation.UserName, cancellation.Currency, cancellation.Amount);
        }

        return reply;
    }
}

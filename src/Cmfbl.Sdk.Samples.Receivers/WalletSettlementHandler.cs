using Cmfbl.Sdk.AspNetCore.Settlement;

namespace Cmfbl.Sdk.Samples.Receivers;

/// <summary>
/// The three handler methods a white label writes for external settlement. The package does the rest: request
/// checks, idempotency by requestUniqueNo, the deadline, the cancel rules and the reply envelope.
/// </summary>
public sealed class WalletSettlementHandler(Wallet wallet) : IExternalSettlementHandler
{
    public Task<SettlementReply<AccountBalance>> GetBalanceAsync(BalanceQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<SettlementReply<AccountBalance>>(new AccountBalance(query.UserName, query.Currency, wallet.Balance(query.UserName, query.Currency), 4));

    public Task<SettlementReply> AdjustAsync(CreditAdjustment adjustment, CancellationToken cancellationToken)
    {
        // Opening a position takes the amount from the wallet; closing gives it back; overtrading arrives negative.
        var change = adjustment.OperationType switch
        {
            CreditOperationType.OpenPosition => -adjustment.Amount,
            CreditOperationType.NormalClose => adjustment.Amount,
            _ => adjustment.Amount,
        };
        return Task.FromResult(wallet.TryApply(adjustment.RequestUniqueNo, adjustment.UserName, adjustment.Currency, change)
            ? SettlementReply.Success()
            : SettlementReply.Failure("INSUFFICIENT_BALANCE", "The wallet balance is too low"));
    }

    public Task<SettlementReply> ReverseAdjustmentAsync(CreditAdjustmentCancellation cancellation, CancellationToken cancellationToken)
    {
        wallet.TryReverse(cancellation.ReverseRequestUniqueNo);
        return Task.FromResult(SettlementReply.Success());
    }
}

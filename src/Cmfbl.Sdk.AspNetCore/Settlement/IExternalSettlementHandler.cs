namespace Cmfbl.Sdk.AspNetCore.Settlement;

/// <summary>
/// Your side of external settlement (the vendor's Webhook API): the platform asks for balances and debits or credits
/// your wallet. Register it with <c>services.AddCmfblExternalSettlement&lt;THandler&gt;(…)</c> and map it with
/// <c>app.MapCmfblExternalSettlement(…)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The package checks the request (headers, <c>companyId</c>, fields) before calling you, runs each
/// <c>requestUniqueNo</c> through your handler at most once (repeats get the first answer), answers cancellations of
/// adjustments you refused or never received by itself, and answers "not done" when you miss the deadline.
/// </para>
/// <para>
/// Each call runs in its own DI scope, which lives until your method returns, even past the deadline. The
/// <see cref="CancellationToken"/> fires at <see cref="ExternalSettlementOptions.HandlerDeadline"/>: stop and throw
/// (or refuse) when it does, and make the write transactional, because an adjustment that still finishes after the
/// deadline counts as processed: the platform was told "not done" and will cancel it, and the package then calls
/// <see cref="ReverseAdjustmentAsync"/>. Throwing means "not processed": do not throw after the money moved.
/// </para>
/// </remarks>
public interface IExternalSettlementHandler
{
    /// <summary>Returns the customer's balance in the query's currency.</summary>
    /// <param name="query">The customer and currency.</param>
    /// <param name="cancellationToken">Fires at the deadline.</param>
    /// <returns>The balance (an <see cref="AccountBalance"/> converts to a success), or a refusal.</returns>
    Task<SettlementReply<AccountBalance>> GetBalanceAsync(BalanceQuery query, CancellationToken cancellationToken);

    /// <summary>Debits or credits the customer. Called at most once per <see cref="CreditAdjustmentBase.RequestUniqueNo"/>.</summary>
    /// <param name="adjustment">The adjustment.</param>
    /// <param name="cancellationToken">Fires at the deadline.</param>
    /// <returns><see cref="SettlementReply.Success"/>, or a refusal (then the platform cancels, and the package answers that cancellation with <c>US_0000001</c>).</returns>
    Task<SettlementReply> AdjustAsync(CreditAdjustment adjustment, CancellationToken cancellationToken);

    /// <summary>
    /// Reverses an adjustment your <see cref="AdjustAsync"/> processed (it answered success, possibly after the
    /// deadline). Called at most once per cancellation <see cref="CreditAdjustmentBase.RequestUniqueNo"/>.
    /// </summary>
    /// <param name="cancellation">The cancellation; <see cref="CreditAdjustmentCancellation.ReverseRequestUniqueNo"/> names the adjustment.</param>
    /// <param name="cancellationToken">Fires at the deadline.</param>
    /// <returns><see cref="SettlementReply.Success"/> once reversed, or a refusal (the platform retries a few times).</returns>
    Task<SettlementReply> ReverseAdjustmentAsync(CreditAdjustmentCancellation cancellation, CancellationToken cancellationToken);
}

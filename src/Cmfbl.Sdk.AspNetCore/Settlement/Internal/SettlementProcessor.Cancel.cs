using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Internal;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <content>The cancellation endpoint and the vendor's cancel rules.</content>
internal sealed partial class SettlementProcessor
{
    /// <summary>
    /// Never received → <c>US_0000002</c> (and the adjustment is marked so it is refused if it arrives later); received
    /// but not processed → <c>US_0000001</c>; processed → the handler reverses it. While the adjustment is still
    /// running, the answer is "in progress" and nothing is stored, so the platform's retry decides again.
    /// </summary>
    public async Task HandleCancelAsync(HttpContext http)
    {
        using var call = new SettlementCall(http, CancelPath, _options, time);
        var cancellation = await call.ReadAsync(_options, _logger, SettlementBodies.Cancellation).ConfigureAwait(false);
        if (cancellation is null)
        {
            return;
        }

        var key = CancelKey(cancellation.RequestUniqueNo);
        var number = cancellation.RequestUniqueNo;
        StoredReply reply;
        try
        {
            if (await store.TryClaimAsync(key, call.Deadline.Token).ConfigureAwait(false) is { } existing)
            {
                await ReplayAsync(call, key, number, existing, SettlementReplies.InProgress).ConfigureAwait(false);
                return;
            }

            reply = await DecideAsync(call, key, cancellation).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await QuietlyAsync(store.ReleaseAsync(key, CancellationToken.None), call, number).ConfigureAwait(false);
            await StoreFailedAsync(call, number, exception).ConfigureAwait(false);
            return;
        }

        Log.Answered(_logger, CancelPath, number, reply.Code, cancellation.Trace);
        await call.WriteAsync(reply).ConfigureAwait(false);
    }

    private async Task<StoredReply> DecideAsync(SettlementCall call, string key, CreditAdjustmentCancellation cancellation)
    {
        var originalKey = AdjustKey(cancellation.ReverseRequestUniqueNo);
        var original = await store.TryClaimAsync(originalKey, call.Deadline.Token).ConfigureAwait(false);
        if (original is null)
        {
            // Claimed as a tombstone: the adjustment, should it still arrive, is refused without reaching the handler.
            await store.CompleteAsync(originalKey, SettlementOutcome.NotProcessed, SettlementReplies.CancelledBeforeArrival, CancellationToken.None).ConfigureAwait(false);
            return await AnswerAsync(key, cancellation, SettlementReplies.NeverReceived, "never received").ConfigureAwait(false);
        }

        while (original is { Outcome: SettlementOutcome.Pending } && await WaitAsync(call.Deadline.Token).ConfigureAwait(false))
        {
            original = await store.GetAsync(originalKey, CancellationToken.None).ConfigureAwait(false);
        }

        switch (original?.Outcome)
        {
            case SettlementOutcome.NotProcessed:
                return await AnswerAsync(key, cancellation, SettlementReplies.ReceivedNotProcessed, "received, not processed").ConfigureAwait(false);
            case SettlementOutcome.Processed:
                return await ReverseAsync(call, key, cancellation).ConfigureAwait(false);
            default:
                Log.CancelDecided(_logger, cancellation.RequestUniqueNo, cancellation.ReverseRequestUniqueNo, "the adjustment is still in progress; nothing stored", cancellation.Trace);
                await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
                return SettlementReplies.InProgress;
        }
    }

    private async Task<StoredReply> AnswerAsync(string key, CreditAdjustmentCancellation cancellation, StoredReply reply, string decision)
    {
        await store.CompleteAsync(key, SettlementOutcome.Processed, reply, CancellationToken.None).ConfigureAwait(false);
        Log.CancelDecided(_logger, cancellation.RequestUniqueNo, cancellation.ReverseRequestUniqueNo, decision, cancellation.Trace);
        return reply;
    }

    /// <summary>
    /// Runs the reversal. Only a success is stored as the answer: a refusal or a failure releases the claim so the
    /// platform's retry runs it again; a reversal still running at the deadline keeps its claim until it finishes.
    /// </summary>
    private async Task<StoredReply> ReverseAsync(SettlementCall call, string key, CreditAdjustmentCancellation cancellation)
    {
        var number = cancellation.RequestUniqueNo;
        var task = InvokeAsync(static (handler, c, token) => handler.ReverseAdjustmentAsync(c, token), cancellation, call.Deadline.Token);
        try
        {
            var answer = await task.WaitAsync(call.Deadline.Token).ConfigureAwait(false);
            var reply = SettlementReplies.From(answer);
            // Once reversed, a store failure must not release the claim: a retry would reverse twice.
            await QuietlyAsync(
                answer.IsSuccess
                    ? store.CompleteAsync(key, SettlementOutcome.Processed, reply, CancellationToken.None)
                    : store.ReleaseAsync(key, CancellationToken.None),
                call,
                number).ConfigureAwait(false);
            Log.CancelDecided(_logger, number, cancellation.ReverseRequestUniqueNo, answer.IsSuccess ? "reversed" : "the handler refused the reversal", cancellation.Trace);
            return reply;
        }
        catch (Exception) when (call.Deadline.IsCancellationRequested)
        {
            Log.DeadlineMissed(_logger, CancelPath, number, _options.HandlerDeadline.TotalMilliseconds, SettlementReplies.Deadline.Code, cancellation.Trace);
            _ = ObserveLateAsync(task, CancelPath, number, outcome => outcome == SettlementOutcome.Processed
                ? store.CompleteAsync(key, outcome, SettlementReplies.Done, CancellationToken.None)
                : store.ReleaseAsync(key, CancellationToken.None));
            return SettlementReplies.Deadline;
        }
        catch (Exception exception) when (task.IsFaulted)
        {
            Log.HandlerThrew(_logger, CancelPath, number, cancellation.Trace, exception);
            await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            return SettlementReplies.HandlerError;
        }
    }
}

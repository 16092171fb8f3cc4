using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Settlement.Internal;

/// <summary>
/// The three external-settlement endpoints: request checks, idempotency by <c>requestUniqueNo</c>, the deadline and
/// the cancel rules, around the user's <see cref="IExternalSettlementHandler"/>.
/// </summary>
internal sealed partial class SettlementProcessor(
    IServiceScopeFactory scopes,
    ISettlementIdempotencyStore store,
    IOptions<ExternalSettlementOptions> options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    public const string BalancePath = "get-user-amount";
    public const string AdjustPath = "external-system-credit-limit-adjustment";
    public const string CancelPath = "cancel-external-system-credit-limit-adjustment";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly ExternalSettlementOptions _options = options.Value;
    private readonly ILogger _logger = loggers.CreateLogger("Cmfbl.Sdk.AspNetCore.Settlement");

    public async Task HandleBalanceAsync(HttpContext http)
    {
        using var call = new SettlementCall(http, BalancePath, _options, time);
        var query = await call.ReadAsync(_options, _logger, SettlementBodies.Balance).ConfigureAwait(false);
        if (query is null)
        {
            return;
        }

        var task = InvokeAsync(static (handler, q, token) => handler.GetBalanceAsync(q, token), query, call.Deadline.Token);
        StoredReply reply;
        try
        {
            reply = SettlementReplies.From(await task.WaitAsync(call.Deadline.Token).ConfigureAwait(false));
        }
        catch (Exception) when (call.Deadline.IsCancellationRequested)
        {
            reply = SettlementReplies.Deadline;
            Log.DeadlineMissed(_logger, BalancePath, "(balance query)", _options.HandlerDeadline.TotalMilliseconds, reply.Code, query.Trace);
            _ = task.ContinueWith(static late => late.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
        catch (Exception exception)
        {
            Log.HandlerThrew(_logger, BalancePath, "(balance query)", query.Trace, exception);
            reply = SettlementReplies.HandlerError;
        }

        await call.WriteAsync(reply).ConfigureAwait(false);
    }

    public async Task HandleAdjustAsync(HttpContext http)
    {
        using var call = new SettlementCall(http, AdjustPath, _options, time);
        var adjustment = await call.ReadAsync(_options, _logger, SettlementBodies.Adjustment).ConfigureAwait(false);
        if (adjustment is null)
        {
            return;
        }

        var key = AdjustKey(adjustment.RequestUniqueNo);
        var number = adjustment.RequestUniqueNo;
        IdempotencyRecord? existing;
        try
        {
            existing = await store.TryClaimAsync(key, call.Deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await StoreFailedAsync(call, number, exception).ConfigureAwait(false);
            return;
        }

        if (existing is not null)
        {
            await ReplayAsync(call, key, number, existing, SettlementReplies.Deadline).ConfigureAwait(false);
            return;
        }

        var task = InvokeAsync(static (handler, a, token) => handler.AdjustAsync(a, token), adjustment, call.Deadline.Token);
        StoredReply reply;
        try
        {
            var answer = await task.WaitAsync(call.Deadline.Token).ConfigureAwait(false);
            reply = SettlementReplies.From(answer);
            await QuietlyAsync(store.CompleteAsync(key, answer.IsSuccess ? SettlementOutcome.Processed : SettlementOutcome.NotProcessed, reply, CancellationToken.None), call, number).ConfigureAwait(false);
        }
        catch (Exception) when (call.Deadline.IsCancellationRequested)
        {
            // The first answer is "not done", stored before the late result can be, so every repeat gets the same.
            reply = SettlementReplies.Deadline;
            await QuietlyAsync(store.SetReplyAsync(key, reply, CancellationToken.None), call, number).ConfigureAwait(false);
            Log.DeadlineMissed(_logger, AdjustPath, number, _options.HandlerDeadline.TotalMilliseconds, reply.Code, adjustment.Trace);
            _ = ObserveLateAsync(task, AdjustPath, number, outcome => store.CompleteAsync(key, outcome, null, CancellationToken.None));
        }
        catch (Exception exception)
        {
            Log.HandlerThrew(_logger, AdjustPath, number, adjustment.Trace, exception);
            reply = SettlementReplies.HandlerError;
            await QuietlyAsync(store.CompleteAsync(key, SettlementOutcome.NotProcessed, reply, CancellationToken.None), call, number).ConfigureAwait(false);
        }

        Log.Answered(_logger, AdjustPath, number, reply.Code, adjustment.Trace);
        await call.WriteAsync(reply).ConfigureAwait(false);
    }

    internal static string AdjustKey(string requestUniqueNo) => "adjust:" + requestUniqueNo;

    internal static string CancelKey(string requestUniqueNo) => "cancel:" + requestUniqueNo;

    /// <summary>Runs the handler on the thread pool in its own DI scope, which lives until the handler returns, even past the deadline.</summary>
    private Task<TResult> InvokeAsync<TRequest, TResult>(
        Func<IExternalSettlementHandler, TRequest, CancellationToken, Task<TResult>> call,
        TRequest request,
        CancellationToken cancellationToken)
        where TResult : class =>
        Task.Run(
            async () =>
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var handler = scope.ServiceProvider.GetRequiredService<IExternalSettlementHandler>();
                    return await call(handler, request, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"{handler.GetType().Name} returned null instead of a reply.");
                }
            },
            CancellationToken.None);

    /// <summary>Answers a repeat: the first answer once there is one, or <paramref name="fallback"/> when none came before the deadline.</summary>
    private async Task ReplayAsync(SettlementCall call, string key, string number, IdempotencyRecord existing, StoredReply fallback)
    {
        IdempotencyRecord? record = existing;
        try
        {
            while (record is { Reply: null } && await WaitAsync(call.Deadline.Token).ConfigureAwait(false))
            {
                record = await store.GetAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception exception)
        {
            await StoreFailedAsync(call, number, exception).ConfigureAwait(false);
            return;
        }

        var reply = record?.Reply ?? fallback;
        Log.Replayed(_logger, call.Endpoint, number, reply.Code, call.Trace!);
        await call.WriteAsync(reply).ConfigureAwait(false);
    }

    /// <summary>Waits one poll interval; false when the deadline came first.</summary>
    private static async Task<bool> WaitAsync(CancellationToken deadline)
    {
        try
        {
            await Task.Delay(PollInterval, deadline).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Records what a handler that missed the deadline finally did: success is processed, anything else is not.</summary>
    private async Task ObserveLateAsync<TResult>(Task<TResult> task, string endpoint, string number, Func<SettlementOutcome, Task> record)
    {
        SettlementOutcome outcome;
        try
        {
            var answer = await task.ConfigureAwait(false);
            outcome = answer is SettlementReply { IsSuccess: true } or SettlementReply<AccountBalance> { IsSuccess: true }
                ? SettlementOutcome.Processed
                : SettlementOutcome.NotProcessed;
        }
        catch (Exception)
        {
            outcome = SettlementOutcome.NotProcessed;
        }

        try
        {
            await record(outcome).ConfigureAwait(false);
            Log.FinishedLate(_logger, endpoint, number, outcome.ToString());
        }
        catch (Exception exception)
        {
            Log.StoreFailed(_logger, endpoint, number, "(after the deadline)", exception);
        }
    }

    private async Task QuietlyAsync(Task storeCall, SettlementCall call, string number)
    {
        try
        {
            await storeCall.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Log.StoreFailed(_logger, call.Endpoint, number, call.Trace!, exception);
        }
    }

    private async Task StoreFailedAsync(SettlementCall call, string number, Exception exception)
    {
        Log.StoreFailed(_logger, call.Endpoint, number, call.Trace!, exception);
        await call.WriteAsync(SettlementReplies.StoreUnavailable).ConfigureAwait(false);
    }
}

using Cmfbl.Sdk.AspNetCore.Idempotency;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>Wraps a store and completes <see cref="AllArrived"/> once <c>expected</c> claims have reached it.</summary>
public sealed class ObservedStore(ISettlementIdempotencyStore inner, int expected) : ISettlementIdempotencyStore
{
    private int _claims;

    public TaskCompletionSource AllArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Claims => Volatile.Read(ref _claims);

    public async Task<IdempotencyRecord?> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var record = await inner.TryClaimAsync(key, cancellationToken);
        if (Interlocked.Increment(ref _claims) == expected)
        {
            AllArrived.TrySetResult();
        }

        return record;
    }

    public Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public Task SetReplyAsync(string key, StoredReply reply, CancellationToken cancellationToken) => inner.SetReplyAsync(key, reply, cancellationToken);

    public Task CompleteAsync(string key, SettlementOutcome outcome, StoredReply? reply, CancellationToken cancellationToken) => inner.CompleteAsync(key, outcome, reply, cancellationToken);

    public Task ReleaseAsync(string key, CancellationToken cancellationToken) => inner.ReleaseAsync(key, cancellationToken);
}

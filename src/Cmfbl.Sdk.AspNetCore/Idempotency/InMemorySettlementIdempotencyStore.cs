using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>
/// The default idempotency store: a dictionary in this process. Right for one instance; with several instances behind
/// a load balancer the platform's retries can land on another instance, which does not know the first answer, so use
/// <see cref="RedisSettlementIdempotencyStore"/> there. Records are lost on restart.
/// </summary>
public sealed class InMemorySettlementIdempotencyStore : ISettlementIdempotencyStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _retention;
    private long _nextSweep;

    /// <summary>Creates a store that keeps each record for <see cref="IdempotencyStoreOptions.Retention"/>.</summary>
    /// <param name="options">The retention.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemorySettlementIdempotencyStore(IOptions<IdempotencyStoreOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _retention = options.Value.Retention;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_retention, TimeSpan.Zero, nameof(IdempotencyStoreOptions.Retention));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the number of records held (expired ones included until the next sweep).</summary>
    public int Count => _entries.Count;

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = _time.GetUtcNow();
        Sweep(now);
        while (true)
        {
            var fresh = new Entry(new IdempotencyRecord(SettlementOutcome.Pending, null), now + _retention);
            var entry = _entries.GetOrAdd(key, fresh);
            if (ReferenceEquals(entry, fresh))
            {
                return Task.FromResult<IdempotencyRecord?>(null);
            }

            if (entry.ExpiresAt > now)
            {
                return Task.FromResult<IdempotencyRecord?>(entry.Record);
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    /// <inheritdoc/>
    public Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Task.FromResult(_entries.TryGetValue(key, out var entry) && entry.ExpiresAt > _time.GetUtcNow() ? entry.Record : null);
    }

    /// <inheritdoc/>
    public Task SetReplyAsync(string key, StoredReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Update(key, record => record.Reply is null ? record with { Reply = reply } : record);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task CompleteAsync(string key, SettlementOutcome outcome, StoredReply? reply, CancellationToken cancellationToken)
    {
        Update(key, record => new IdempotencyRecord(outcome, record.Reply ?? reply));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        _entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    private void Update(string key, Func<IdempotencyRecord, IdempotencyRecord> change)
    {
        ArgumentNullException.ThrowIfNull(key);
        while (_entries.TryGetValue(key, out var entry))
        {
            if (_entries.TryUpdate(key, entry with { Record = change(entry.Record) }, entry))
            {
                return;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var pair in _entries)
        {
            if (pair.Value.ExpiresAt <= now)
            {
                _entries.TryRemove(pair);
            }
        }
    }

    private sealed record Entry(IdempotencyRecord Record, DateTimeOffset ExpiresAt);
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The gateway's <c>idempotency-key</c> cache: an operation's answer kept 24 hours (by the fake's clock) per
/// <see cref="IdempotencyKey"/> (a copy, handed out as a fresh copy each time), and the keys whose first call is
/// still running.
/// </summary>
internal sealed class IdempotencyCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly object _gate = new();
    private readonly Dictionary<IdempotencyKey, (Outcome? Outcome, DateTimeOffset StoredAt)> _entries = [];

    /// <summary>Looks the key up; <see cref="IdempotencyClaim.Started"/> reserves it for the caller.</summary>
    public IdempotencyClaim Claim(IdempotencyKey key, out Outcome cached)
    {
        cached = default;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                if (entry.Outcome is not { } outcome)
                {
                    return IdempotencyClaim.InFlight;
                }

                if (now - entry.StoredAt < Lifetime)
                {
                    cached = outcome with { Data = outcome.Data?.DeepClone() };
                    return IdempotencyClaim.Cached;
                }
            }

            _entries[key] = (null, now);
            return IdempotencyClaim.Started;
        }
    }

    /// <summary>Stores the answer of a key the caller claimed.</summary>
    public void Complete(IdempotencyKey key, Outcome outcome)
    {
        lock (_gate)
        {
            _entries[key] = (outcome with { Data = outcome.Data?.DeepClone() }, time.GetUtcNow());
        }
    }

    /// <summary>Releases a key whose operation failed without an answer.</summary>
    public void Abandon(IdempotencyKey key)
    {
        lock (_gate)
        {
            _entries.Remove(key);
        }
    }
}

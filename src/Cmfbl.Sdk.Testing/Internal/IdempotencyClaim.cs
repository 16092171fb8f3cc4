namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>What <see cref="IdempotencyCache.Claim"/> found for a key.</summary>
internal enum IdempotencyClaim
{
    /// <summary>The key is new (or its answer expired): run the operation, then <see cref="IdempotencyCache.Complete"/>.</summary>
    Started,

    /// <summary>An answer within 24 hours: send it again.</summary>
    Cached,

    /// <summary>The first call with the key is still running.</summary>
    InFlight,
}

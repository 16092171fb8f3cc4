namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>
/// Where the external-settlement receiver remembers each <c>requestUniqueNo</c> it was given, its first answer and
/// what became of it, for the platform's retry window. Implementations must make <see cref="TryClaimAsync"/> atomic
/// across every instance that serves the same company: exactly one caller wins a key.
/// </summary>
/// <remarks>
/// Ships with <see cref="InMemorySettlementIdempotencyStore"/> (one instance) and
/// <see cref="RedisSettlementIdempotencyStore"/> (several instances). To keep the records in your own database,
/// implement this interface with a unique key and conditional updates, and register it as a singleton.
/// A store that throws makes the receiver answer HTTP 503 without running the handler.
/// </remarks>
public interface ISettlementIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/> as <see cref="SettlementOutcome.Pending"/> when no record exists.</summary>
    /// <param name="key">The key (the package prefixes the platform's number with the endpoint).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="null"/> when this caller won the claim; otherwise the record that was already there.</returns>
    Task<IdempotencyRecord?> TryClaimAsync(string key, CancellationToken cancellationToken);

    /// <summary>Reads the record of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> when there is none (never claimed, released or expired).</returns>
    Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Stores the first answer of a claimed key; does nothing when it already has one or no longer exists.</summary>
    /// <param name="key">The key.</param>
    /// <param name="reply">The answer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored.</returns>
    Task SetReplyAsync(string key, StoredReply reply, CancellationToken cancellationToken);

    /// <summary>Sets the outcome of a claimed key, and its answer when it has none yet; does nothing when the key no longer exists.</summary>
    /// <param name="key">The key.</param>
    /// <param name="outcome">The outcome (not <see cref="SettlementOutcome.Pending"/>).</param>
    /// <param name="reply">The answer to store when none is, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when stored.</returns>
    Task CompleteAsync(string key, SettlementOutcome outcome, StoredReply? reply, CancellationToken cancellationToken);

    /// <summary>Deletes the record of <paramref name="key"/>, so the next request with it is handled afresh.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when deleted.</returns>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);
}

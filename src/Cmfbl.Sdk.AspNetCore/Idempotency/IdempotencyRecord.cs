namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>What the store holds for one key.</summary>
/// <param name="Outcome">What became of the request.</param>
/// <param name="Reply">The first answer sent, or <see langword="null"/> while none has been.</param>
public sealed record IdempotencyRecord(SettlementOutcome Outcome, StoredReply? Reply);

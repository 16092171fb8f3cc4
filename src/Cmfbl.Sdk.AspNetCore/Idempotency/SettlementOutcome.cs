namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>What became of a claimed request, as far as the money is concerned.</summary>
public enum SettlementOutcome
{
    /// <summary>Claimed; the handler has not finished (or the process died while it ran).</summary>
    Pending = 0,

    /// <summary>The handler answered success, possibly after the deadline: the money moved.</summary>
    Processed = 1,

    /// <summary>Received but not processed: the handler refused or threw, or the request was refused before reaching it.</summary>
    NotProcessed = 2,
}

namespace Cmfbl.Sdk.Http;

/// <summary>How an operation may be retried. Every operation declares one with <see cref="CmfblOperationAttribute"/>.</summary>
public enum OperationKind
{
    /// <summary>A query with no side effects: retried on transport faults, 5xx, 429 and throttling codes.</summary>
    Read,

    /// <summary>A write that carries an idempotency key: retried like a read, always with the same key.</summary>
    KeyedWrite,

    /// <summary>
    /// A write that cannot safely be repeated (for example creating a customer): never retried automatically. A failure
    /// after the request was sent surfaces as <see cref="Errors.CmfblOutcomeUnknownException"/>.
    /// </summary>
    UnsafeWrite,
}

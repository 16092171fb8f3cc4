namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>Settings shared by the shipped idempotency stores.</summary>
public class IdempotencyStoreOptions
{
    /// <summary>
    /// Gets or sets how long a record is kept after its request arrived: longer than the platform retries an
    /// adjustment or its cancellation (the vendor does not say how long that is). The default value is 24 hours.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}

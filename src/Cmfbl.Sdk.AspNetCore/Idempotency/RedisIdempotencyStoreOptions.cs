namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>Settings of <see cref="RedisSettlementIdempotencyStore"/>.</summary>
public sealed class RedisIdempotencyStoreOptions : IdempotencyStoreOptions
{
    /// <summary>
    /// Gets or sets the StackExchange.Redis configuration string, e.g. <c>redis1:6379,redis2:6379,password=…</c>, used
    /// when no <c>IConnectionMultiplexer</c> is given. It may hold a password: keep it out of committed files.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// Gets or sets the prefix of every key; give each company (and each environment sharing a Redis) its own. The
    /// default value is <c>cmfbl:settlement:</c>.
    /// </summary>
    public string KeyPrefix { get; set; } = "cmfbl:settlement:";

    /// <summary>Returns a description without the configuration string, which may hold a password.</summary>
    /// <returns>The key prefix and retention.</returns>
    public override string ToString() => $"RedisIdempotencyStoreOptions {{ KeyPrefix = {KeyPrefix}, Retention = {Retention}, Configuration = {(Configuration is null ? "null" : "***")} }}";
}

using Cmfbl.Sdk.AspNetCore.Idempotency.Internal;
using StackExchange.Redis;

namespace Cmfbl.Sdk.AspNetCore.Idempotency;

/// <summary>
/// An idempotency store in Redis (StackExchange.Redis), shared by every instance behind a load balancer: a claim is
/// one atomic script per key (<c>HSETNX</c> + <c>PEXPIRE</c>), the first answer is kept with <c>HSETNX</c>, and each
/// record expires after <see cref="IdempotencyStoreOptions.Retention"/>.
/// </summary>
/// <remarks>
/// A record is a hash under <see cref="RedisIdempotencyStoreOptions.KeyPrefix"/> + key with the fields <c>o</c>
/// (outcome: <c>P</c> pending, <c>D</c> processed, <c>N</c> not processed) and <c>r</c> (the first answer, JSON).
/// When Redis cannot be reached the store throws and the receiver answers HTTP 503 without running the handler.
/// </remarks>
public sealed class RedisSettlementIdempotencyStore : ISettlementIdempotencyStore
{
    private const string ClaimScript = """
        if redis.call('HSETNX', KEYS[1], 'o', 'P') == 1 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          return false
        end
        return redis.call('HMGET', KEYS[1], 'o', 'r')
        """;

    private const string SetReplyScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('HSETNX', KEYS[1], 'r', ARGV[1])
        end
        return 0
        """;

    private const string CompleteScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then
          redis.call('HSET', KEYS[1], 'o', ARGV[1])
          if ARGV[2] ~= '' then
            redis.call('HSETNX', KEYS[1], 'r', ARGV[2])
          end
        end
        return 0
        """;

    private readonly Func<Task<IConnectionMultiplexer>> _connect;
    private readonly string _prefix;
    private readonly long _retentionMilliseconds;

    /// <summary>Creates a store on an existing connection.</summary>
    /// <param name="redis">The connection (share one per application, as StackExchange.Redis recommends).</param>
    /// <param name="options">The key prefix and retention.</param>
    public RedisSettlementIdempotencyStore(IConnectionMultiplexer redis, RedisIdempotencyStoreOptions options)
        : this(WrapConnection(redis), options)
    {
    }

    internal RedisSettlementIdempotencyStore(Func<Task<IConnectionMultiplexer>> connect, RedisIdempotencyStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.KeyPrefix, nameof(options.KeyPrefix));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Retention, TimeSpan.FromMilliseconds(1), nameof(options.Retention));
        _connect = connect;
        _prefix = options.KeyPrefix;
        _retentionMilliseconds = (long)options.Retention.TotalMilliseconds;
    }

    /// <inheritdoc/>
    public async Task<IdempotencyRecord?> TryClaimAsync(string key, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        var result = await database.ScriptEvaluateAsync(ClaimScript, [Key(key)], [_retentionMilliseconds]).ConfigureAwait(false);
        return result.IsNull ? null : RedisRecord.Read((RedisValue[])result!);
    }

    /// <inheritdoc/>
    public async Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        var values = await database.HashGetAsync(Key(key), RedisRecord.Fields).ConfigureAwait(false);
        return values[0].IsNull ? null : RedisRecord.Read(values);
    }

    /// <inheritdoc/>
    public async Task SetReplyAsync(string key, StoredReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var database = await DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(SetReplyScript, [Key(key)], [RedisRecord.Write(reply)]).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task CompleteAsync(string key, SettlementOutcome outcome, StoredReply? reply, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        await database.ScriptEvaluateAsync(
            CompleteScript,
            [Key(key)],
            [RedisRecord.Write(outcome), reply is null ? string.Empty : RedisRecord.Write(reply)]).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        await database.KeyDeleteAsync(Key(key)).ConfigureAwait(false);
    }

    private static Func<Task<IConnectionMultiplexer>> WrapConnection(IConnectionMultiplexer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var ready = Task.FromResult(redis);
        return () => ready;
    }

    private RedisKey Key(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _prefix + key;
    }

    private async Task<IDatabase> DatabaseAsync() => (await _connect().ConfigureAwait(false)).GetDatabase();
}

using StackExchange.Redis;

namespace Cmfbl.Sdk.AspNetCore.Idempotency.Internal;

/// <summary>
/// One Redis connection made on first use and shared afterwards. It does not abort when Redis is down at start
/// (<c>abortConnect=false</c>): commands fail until it is back, and the receiver answers 503 meanwhile.
/// </summary>
internal sealed class RedisConnection(string configuration)
{
    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(configuration));

    public Task<IConnectionMultiplexer> GetAsync() => _connection.Value;

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return await ConnectionMultiplexer.ConnectAsync(options).ConfigureAwait(false);
    }
}

using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Idempotency.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Redis idempotency store.</content>
public static partial class CmfblReceiversServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the in-memory idempotency store with <see cref="RedisSettlementIdempotencyStore"/>, for receivers that
    /// run on several instances (in any order with <c>AddCmfblExternalSettlement</c>). It uses the
    /// <see cref="IConnectionMultiplexer"/> registered in DI when there is one, otherwise it connects with
    /// <see cref="RedisIdempotencyStoreOptions.Configuration"/> on first use.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the connection, key prefix and retention.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCmfblRedisIdempotencyStore(this IServiceCollection services, Action<RedisIdempotencyStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RedisIdempotencyStoreOptions>().Configure(configure)
            .Validate(o => o.Retention > TimeSpan.Zero, "RedisIdempotencyStoreOptions.Retention must be positive.")
            .Validate(o => !string.IsNullOrEmpty(o.KeyPrefix), "RedisIdempotencyStoreOptions.KeyPrefix must not be empty: give each company its own.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<ISettlementIdempotencyStore>(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<RedisIdempotencyStoreOptions>>().Value;
            if (provider.GetService<IConnectionMultiplexer>() is { } shared)
            {
                return new RedisSettlementIdempotencyStore(shared, options);
            }

            var connection = new RedisConnection(options.Configuration
                ?? throw new InvalidOperationException("RedisIdempotencyStoreOptions.Configuration is not set and no IConnectionMultiplexer is registered."));
            return new RedisSettlementIdempotencyStore(connection.GetAsync, options);
        }));
        return services;
    }
}

using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Settlement.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the receivers of the calls the MultiMarkets platform makes to you. Map each one with its
/// <c>app.MapCmfbl…</c> method.
/// </summary>
public static partial class CmfblReceiversServiceCollectionExtensions
{
    /// <summary>
    /// Registers the external-settlement receiver (the vendor's Webhook API) with <typeparamref name="THandler"/> as
    /// your handler (scoped: one instance per call) and the in-memory idempotency store unless another
    /// <see cref="ISettlementIdempotencyStore"/> is registered (see <see cref="AddCmfblRedisIdempotencyStore(IServiceCollection, Action{RedisIdempotencyStoreOptions})"/>).
    /// </summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="ExternalSettlementOptions.CompanyId"/> is required.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="OptionsValidationException">At start: the options are not valid (the message names the setting).</exception>
    public static IServiceCollection AddCmfblExternalSettlement<THandler>(this IServiceCollection services, Action<ExternalSettlementOptions> configure)
        where THandler : class, IExternalSettlementHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ExternalSettlementOptions>().Configure(configure).ValidateOnStart();
        return AddSettlement<THandler>(services);
    }

    /// <summary>Registers the external-settlement receiver with options bound from a configuration section (e.g. <c>Cmfbl:ExternalSettlement</c>).</summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <see cref="ExternalSettlementOptions"/>.</param>
    /// <returns>The services, for chaining.</returns>
    /// <exception cref="OptionsValidationException">At start: the options are not valid (the message names the setting).</exception>
    public static IServiceCollection AddCmfblExternalSettlement<THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : class, IExternalSettlementHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExternalSettlementOptions>().Bind(configuration).ValidateOnStart();
        return AddSettlement<THandler>(services);
    }

    private static IServiceCollection AddSettlement<THandler>(IServiceCollection services)
        where THandler : class, IExternalSettlementHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExternalSettlementOptions>, ExternalSettlementOptionsValidator>());
        services.TryAddScoped<IExternalSettlementHandler, THandler>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IdempotencyStoreOptions>();
        services.TryAddSingleton<ISettlementIdempotencyStore>(static provider => new InMemorySettlementIdempotencyStore(
            provider.GetRequiredService<IOptions<IdempotencyStoreOptions>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SettlementProcessor>();
        return services;
    }
}

using Cmfbl.Sdk.AspNetCore.Bridge;
using Cmfbl.Sdk.AspNetCore.Bridge.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>Bridge trade notifications.</content>
public static partial class CmfblReceiversServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bridge notification receiver with <typeparamref name="THandler"/> as your handler (scoped) and
    /// the default signature verifier (the Open API scheme with <see cref="BridgeNotificationOptions.PlatformPublicKey"/>)
    /// unless you register your own <see cref="IBridgeSignatureVerifier"/>.
    /// </summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="BridgeNotificationOptions.CompanyId"/> is required.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCmfblBridgeNotifications<THandler>(this IServiceCollection services, Action<BridgeNotificationOptions> configure)
        where THandler : class, IBridgeNotificationHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<BridgeNotificationOptions>().Configure(configure);
        return AddBridge<THandler>(services);
    }

    /// <summary>Registers the Bridge notification receiver with options bound from a configuration section.</summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <see cref="BridgeNotificationOptions"/>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCmfblBridgeNotifications<THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : class, IBridgeNotificationHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BridgeNotificationOptions>().Bind(configuration);
        return AddBridge<THandler>(services);
    }

    private static IServiceCollection AddBridge<THandler>(IServiceCollection services)
        where THandler : class, IBridgeNotificationHandler
    {
        services.AddOptions<BridgeNotificationOptions>()
            .Validate(o => o.CompanyId > 0, "BridgeNotificationOptions.CompanyId must be your company id (a positive number).")
            .Validate(o => o.MaxRequestBodySize >= 1024, "BridgeNotificationOptions.MaxRequestBodySize must be at least 1024 bytes.")
            .ValidateOnStart();
        services.TryAddScoped<IBridgeNotificationHandler, THandler>();
        services.TryAddSingleton<IBridgeSignatureVerifier, OpenApiSignatureVerifier>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BridgeProcessor>();
        return services;
    }
}

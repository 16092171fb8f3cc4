using Cmfbl.Sdk.AspNetCore.Messages;
using Cmfbl.Sdk.AspNetCore.Messages.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The custom message channel.</content>
public static partial class CmfblReceiversServiceCollectionExtensions
{
    /// <summary>Registers the custom message channel receiver with <typeparamref name="THandler"/> as your handler (scoped).</summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options; <see cref="MessageChannelOptions.PrivateKey"/> (or <see cref="MessageChannelOptions.PrivateKeyRsa"/>) is required.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCmfblMessageChannel<THandler>(this IServiceCollection services, Action<MessageChannelOptions> configure)
        where THandler : class, IMessageChannelHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<MessageChannelOptions>().Configure(configure);
        return AddMessages<THandler>(services);
    }

    /// <summary>Registers the custom message channel receiver with options bound from a configuration section.</summary>
    /// <typeparam name="THandler">Your handler.</typeparam>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section holding <see cref="MessageChannelOptions"/> (<c>PrivateKey</c> from a secret store).</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddCmfblMessageChannel<THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : class, IMessageChannelHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MessageChannelOptions>().Bind(configuration);
        return AddMessages<THandler>(services);
    }

    private static IServiceCollection AddMessages<THandler>(IServiceCollection services)
        where THandler : class, IMessageChannelHandler
    {
        services.AddOptions<MessageChannelOptions>()
            .Validate(o => o.PrivateKeyRsa is not null || !string.IsNullOrWhiteSpace(o.PrivateKey), "Set MessageChannelOptions.PrivateKey (Base64 PKCS#8 or PEM) or PrivateKeyRsa: custom messages are checked with your RSA private key.")
            .Validate(o => o.MaxRequestBodySize >= 1024, "MessageChannelOptions.MaxRequestBodySize must be at least 1024 bytes.")
            .ValidateOnStart();
        services.TryAddScoped<IMessageChannelHandler, THandler>();
        services.TryAddSingleton<MessageProcessor>();
        return services;
    }
}

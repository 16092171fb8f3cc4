using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The push streams: quotes, a customer's messages, Manager events.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static void AddStreams(IServiceCollection services)
    {
        services.TryAddSingleton<IStreamSocketFactory, ClientWebSocketFactory>();
        services.TryAddSingleton(static provider => new CmfblStreams(
            new StreamRuntime(
                provider.GetRequiredService<SdkRuntime>().Options,
                provider.GetRequiredService<TimeProvider>(),
                (ILogger?)provider.GetService<ILoggerFactory>()?.CreateLogger("Cmfbl.Sdk.Streams") ?? NullLogger.Instance,
                provider.GetRequiredService<IStreamSocketFactory>()),
            () => provider.GetRequiredService<ManagerTokenProvider>()));
        services.TryAddSingleton<ICmfblStreams>(static provider => provider.GetRequiredService<CmfblStreams>());
        services.TryAddSingleton(static provider => provider.GetRequiredService<ICmfblStreams>().GuestQuotes);
        services.TryAddSingleton(static provider => provider.GetRequiredService<ICmfblStreams>().ManagerEvents);
    }
}

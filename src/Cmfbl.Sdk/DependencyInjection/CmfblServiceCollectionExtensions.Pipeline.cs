using Cmfbl.Sdk;
using Cmfbl.Sdk.DependencyInjection.Internal;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Resilience;
using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The one handler pipeline every family's HTTP client is built from.</content>
public static partial class CmfblServiceCollectionExtensions
{
    /// <summary>Registers a named client with the SDK's handler chain; the selectors pick the family's parts from the runtime.</summary>
    private static IHttpClientBuilder AddPipelineClient(
        IServiceCollection services,
        string name,
        ApiFamily family,
        Func<SdkRuntime, Uri> address,
        Func<SdkRuntime, OperationTable> operations,
        Func<SdkRuntime, BanGate> ban,
        Func<CmfblOptions, CmfblResilienceOptions> resilience) =>
        services.AddHttpClient(name, (provider, client) =>
            {
                client.BaseAddress = address(provider.GetRequiredService<SdkRuntime>());
                // The call handler owns the time limit, so it can tell a time-out from the caller's cancellation.
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            // HttpClientFactory's four Information lines per call (System.Net.Http.HttpClient.<name>.*) repeat what the
            // SDK's own Debug line says; an application that wants them adds them back with AddDefaultLogger().
            .RemoveAllLoggers()
            .AddHttpMessageHandler(provider =>
            {
                var runtime = provider.GetRequiredService<SdkRuntime>();
                var auth = provider.GetRequiredService<FamilyAuths>().For(family);
                return new CallHandler(
                    operations(runtime),
                    runtime.Options,
                    provider.GetRequiredService<TimeProvider>(),
                    Logger<CallHandler>(provider),
                    new AttemptSender(auth, provider.GetRequiredService<TimeProvider>(), Logger<AttemptSender>(provider)),
                    auth.EncryptsBodies,
                    (ban(runtime), resilience(runtime.Options).DefaultBanDuration),
                    provider.GetRequiredService<FamilyPipelines>().Get(name, family, resilience));
            });

    private static ILogger Logger<T>(IServiceProvider provider) =>
        (ILogger?)provider.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger.Instance;

    private static T Create<T>(IServiceProvider provider, string clientName)
        where T : class =>
        RestService.ForGenerated<T>(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(clientName),
            provider.GetRequiredService<SdkRuntime>().RefitSettings);
}

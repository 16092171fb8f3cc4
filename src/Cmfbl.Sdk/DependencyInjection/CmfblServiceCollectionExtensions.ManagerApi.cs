using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Manager API family.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddManagerApi(IServiceCollection services)
    {
        services.AddHttpClient(SdkRuntime.ManagerAuthClientName, static (provider, client) => ConfigureClient(client, FamilyAddresses.ManagerAuth(provider.GetRequiredService<SdkRuntime>().Options)))
            .AddHttpMessageHandler(static provider => new CallHandler(provider.GetRequiredService<SdkRuntime>().ManagerAuthOperations, provider.GetRequiredService<SdkRuntime>().Options, provider.GetRequiredService<TimeProvider>(), Logger<CallHandler>(provider)))
            .AddHttpMessageHandler(static provider => new BanHandler(provider.GetRequiredService<SdkRuntime>().ManagerBan, provider.GetRequiredService<SdkRuntime>().Options.ManagerApi.Resilience.DefaultBanDuration))
            .AddResilienceHandler(SdkRuntime.ManagerAuthClientName, static (pipeline, context) => ResiliencePipelines.Configure(pipeline, context.ServiceProvider.GetRequiredService<SdkRuntime>().Options.ManagerApi.Resilience, context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .Services.AddHttpClient(SdkRuntime.ManagerAuthClientName)
            .AddHttpMessageHandler(static provider => new AttemptHandler(null, provider.GetRequiredService<TimeProvider>(), Logger<AttemptHandler>(provider)))
            .AddHttpMessageHandler(static () => new EnvelopeHandler());

        var managerApi = services.AddHttpClient(SdkRuntime.ManagerClientName, static (provider, client) => ConfigureClient(client, FamilyAddresses.Manager(provider.GetRequiredService<SdkRuntime>().Options)))
            .AddHttpMessageHandler(static provider => new CallHandler(provider.GetRequiredService<SdkRuntime>().ManagerOperations, provider.GetRequiredService<SdkRuntime>().Options, provider.GetRequiredService<TimeProvider>(), Logger<CallHandler>(provider)))
            .AddHttpMessageHandler(static provider => new BanHandler(provider.GetRequiredService<SdkRuntime>().ManagerBan, provider.GetRequiredService<SdkRuntime>().Options.ManagerApi.Resilience.DefaultBanDuration))
            .AddResilienceHandler(SdkRuntime.ManagerClientName, static (pipeline, context) => ResiliencePipelines.Configure(pipeline, context.ServiceProvider.GetRequiredService<SdkRuntime>().Options.ManagerApi.Resilience, context.ServiceProvider.GetRequiredService<TimeProvider>()))
            .Services.AddHttpClient(SdkRuntime.ManagerClientName)
            .AddHttpMessageHandler(static provider => new AttemptHandler(provider.GetRequiredService<ManagerTokenProvider>(), provider.GetRequiredService<TimeProvider>(), Logger<AttemptHandler>(provider)))
            .AddHttpMessageHandler(static () => new EnvelopeHandler());

        services.TryAddSingleton(static provider => new ManagerTokenProvider(
            () => Create<ICompanyAuthDubboService>(provider, SdkRuntime.ManagerAuthClientName),
            provider.GetRequiredService<SdkRuntime>().Options));
        services.TryAddTransient(static provider => Create<ICompanyAuthDubboService>(provider, SdkRuntime.ManagerAuthClientName));
        services.TryAddTransient(static provider => Create<ICustomerWebApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<IWhiteCustomerAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<ICustomerGroupAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<ICustomerAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient<ManagerApiServices>();
        return managerApi;
    }

    private static void ConfigureClient(HttpClient client, Uri baseAddress)
    {
        client.BaseAddress = baseAddress;
        // The call handler owns the time limit, so it can tell a time-out from the caller's cancellation.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static ILogger Logger<T>(IServiceProvider provider) =>
        (ILogger?)provider.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger.Instance;

    private static T Create<T>(IServiceProvider provider, string clientName)
        where T : class =>
        RestService.ForGenerated<T>(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(clientName),
            provider.GetRequiredService<SdkRuntime>().RefitSettings);
}

using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Open API family (sessions from <c>ICustomerSessions.FromApiKey</c>) and the server clock that stamps API-key calls.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddOpenApi(IServiceCollection services)
    {
        // No default key: each Open API session marks its requests with its own.
        var openApi = AddPipelineClient(
            services,
            SdkRuntime.OpenApiClientName,
            ApiFamily.OpenApi,
            static runtime => FamilyAddresses.OpenApi(runtime.Options),
            static runtime => runtime.OpenApiOperations,
            static runtime => runtime.OpenApiBan,
            static options => options.OpenApi.Resilience);

        // The server's time comes from the Client API's thirdExt/now, through the Client API's own client.
        services.TryAddSingleton(static provider => new ServerClock(
            provider.GetRequiredService<TimeProvider>(),
            () => Create<Cmfbl.Sdk.ClientApi.Customers.IGuestApiKeyService>(provider, SdkRuntime.ClientClientName)));
        services.TryAddSingleton<IServerClock>(static provider => provider.GetRequiredService<ServerClock>());
        return openApi;
    }
}

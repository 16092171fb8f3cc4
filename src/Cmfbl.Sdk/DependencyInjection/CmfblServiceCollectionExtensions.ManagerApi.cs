using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Refit;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Internal;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Manager API family.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddManagerApi(IServiceCollection services)
    {
        var managerApi = AddPipelineClient(
            services,
            SdkRuntime.ManagerClientName,
            ApiFamily.Manager,
            static runtime => FamilyAddresses.Manager(runtime.Options),
            static runtime => runtime.ManagerOperations,
            static runtime => runtime.ManagerBan,
            static options => options.ManagerApi.Resilience);

        // The auth call goes through the Manager API's own client (its handlers, proxy and certificates), at the auth prefix.
        services.TryAddSingleton(static provider => new ManagerTokenProvider(
            () => CreateManagerAuth<IManagerTokenService>(provider),
            provider.GetRequiredService<SdkRuntime>().Options));
        AddManagerServices(services);
        services.TryAddTransient(static provider => Create<ICompanyWebhookService>(provider, SdkRuntime.ManagerClientName));
        return managerApi;
    }

    private static ICompanyAuthService CreateManagerAuth(IServiceProvider provider) => CreateManagerAuth<ICompanyAuthService>(provider);

    private static T CreateManagerAuth<T>(IServiceProvider provider)
        where T : class
    {
        var runtime = provider.GetRequiredService<SdkRuntime>();
        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(SdkRuntime.ManagerClientName);
        client.BaseAddress = FamilyAddresses.ManagerAuth(runtime.Options);
        return RestService.ForGenerated<T>(client, runtime.RefitSettings);
    }
}

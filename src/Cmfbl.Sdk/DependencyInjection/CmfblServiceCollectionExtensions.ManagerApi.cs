using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Manager API family.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddManagerApi(IServiceCollection services)
    {
        AddPipelineClient(
            services,
            SdkRuntime.ManagerAuthClientName,
            static runtime => FamilyAddresses.ManagerAuth(runtime.Options),
            static runtime => runtime.ManagerAuthOperations,
            static runtime => runtime.ManagerBan,
            static options => options.ManagerApi.Resilience,
            static _ => null);
        var managerApi = AddPipelineClient(
            services,
            SdkRuntime.ManagerClientName,
            static runtime => FamilyAddresses.Manager(runtime.Options),
            static runtime => runtime.ManagerOperations,
            static runtime => runtime.ManagerBan,
            static options => options.ManagerApi.Resilience,
            static provider => provider.GetRequiredService<ManagerTokenProvider>());

        services.TryAddSingleton(static provider => new ManagerTokenProvider(
            () => Create<ICompanyAuthDubboService>(provider, SdkRuntime.ManagerAuthClientName),
            provider.GetRequiredService<SdkRuntime>().Options));
        services.TryAddTransient(static provider => Create<ICompanyAuthDubboService>(provider, SdkRuntime.ManagerAuthClientName));
        services.TryAddTransient(static provider => Create<ICustomerWebApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<IWhiteCustomerAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<ICustomerGroupAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<ICustomerAdminApiService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient(static provider => Create<ICompanyWebhookService>(provider, SdkRuntime.ManagerClientName));
        services.TryAddTransient<ManagerApiServices>();
        return managerApi;
    }
}

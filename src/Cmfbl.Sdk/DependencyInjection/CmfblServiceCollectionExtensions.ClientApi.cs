using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Client API family.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddClientApi(IServiceCollection services)
    {
        // No default token: calls that need one go through a CustomerSession, which marks each request with its own.
        var clientApi = AddPipelineClient(
            services,
            SdkRuntime.ClientClientName,
            ApiFamily.Client,
            static runtime => FamilyAddresses.Client(runtime.Options),
            static runtime => runtime.ClientOperations,
            static runtime => runtime.ClientBan,
            static options => options.ClientApi.Resilience);
        AddClientServices(services);
        services.TryAddTransient<ICustomerSessions, CustomerSessions>();
        return clientApi;
    }
}

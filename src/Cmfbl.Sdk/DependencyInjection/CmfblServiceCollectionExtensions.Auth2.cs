using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Auth2 API family.</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddAuth2Api(IServiceCollection services)
    {
        // No SDK-held token: the Auth2 calls that send one take the caller's token as a parameter.
        var auth2 = AddPipelineClient(
            services,
            SdkRuntime.Auth2ClientName,
            ApiFamily.Auth2,
            static runtime => FamilyAddresses.Auth2(runtime.Options),
            static runtime => runtime.Auth2Operations,
            static runtime => runtime.Auth2Ban,
            static options => options.Auth2.Resilience);
        AddAuth2Services(services);
        return auth2;
    }
}

using Cmfbl.Sdk.BridgeApi;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <content>The Bridge API family, signed with the merchant key of <c>Cmfbl:BridgeApi</c> (or a registered <c>IRequestSigner</c>).</content>
public static partial class CmfblServiceCollectionExtensions
{
    private static IHttpClientBuilder AddBridgeApi(IServiceCollection services)
    {
        var bridge = AddPipelineClient(
            services,
            SdkRuntime.BridgeClientName,
            ApiFamily.Bridge,
            static runtime => FamilyAddresses.Bridge(runtime.Options),
            static runtime => runtime.BridgeOperations,
            static runtime => runtime.BridgeBan,
            static options => options.BridgeApi.Resilience);
        services.TryAddTransient(static provider => Create<IBridgeCustomerService>(provider, SdkRuntime.BridgeClientName));
        services.TryAddTransient(static provider => Create<IExchangeAccountService>(provider, SdkRuntime.BridgeClientName));
        services.TryAddTransient(static provider => Create<IDirectOrderService>(provider, SdkRuntime.BridgeClientName));
        services.TryAddTransient(static provider => Create<IBridgeWebhookService>(provider, SdkRuntime.BridgeClientName));
        services.TryAddTransient<BridgeApiServices>();
        return bridge;
    }
}

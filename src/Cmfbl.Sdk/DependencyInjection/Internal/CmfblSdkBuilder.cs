using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.DependencyInjection.Internal;

/// <summary>The builder <c>AddCmfblSdk</c> returns.</summary>
internal sealed class CmfblSdkBuilder(IServiceCollection services, IHttpClientBuilder managerApi, IHttpClientBuilder clientApi, IHttpClientBuilder openApi, IHttpClientBuilder bridgeApi) : ICmfblSdkBuilder
{
    public IServiceCollection Services { get; } = services;

    public IHttpClientBuilder ManagerApi { get; } = managerApi;

    public IHttpClientBuilder ClientApi { get; } = clientApi;

    public IHttpClientBuilder OpenApi { get; } = openApi;

    public IHttpClientBuilder BridgeApi { get; } = bridgeApi;
}

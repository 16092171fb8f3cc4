using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>The SDK built the way a user builds it (DI, real handlers), with the stub as the network.</summary>
public sealed class SdkHarness : IDisposable
{
    public const string AuthBizType = "admin.admin.CompanyAuthDubboService.auth";
    public const long CompanyId = 439;

    private int _authCalls;

    public SdkHarness(Action<CmfblOptions>? configure = null, bool withAuth = true, Action<IServiceCollection>? services = null, Action<ICmfblSdkBuilder>? sdk = null)
    {
        Stub = new StubHandler();
        if (withAuth)
        {
            Stub.On(AuthBizType, _ =>
            {
                var n = Interlocked.Increment(ref _authCalls);
                return StubHandler.Json(Envelope.Success($$"""{"token":"token-{{n}}","id":439,"name":"Test company"}"""));
            });
        }

        var collection = new ServiceCollection();
        services?.Invoke(collection);
        var builder = collection.AddCmfblSdk(options =>
        {
            options.BaseAddress = new Uri("https://api.test.example");
            options.CompanyId = CompanyId;
            options.ManagerApi.AppId = "app-id";
            options.ManagerApi.AppSecret = "app-secret-value";
            configure?.Invoke(options);
        });
        sdk?.Invoke(builder);
        collection.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Stub));
        Provider = collection.BuildServiceProvider();
    }

    public StubHandler Stub { get; }

    public ServiceProvider Provider { get; }

    public ManagerApiServices Manager => Provider.GetRequiredService<ManagerApiServices>();

    public Cmfbl.Sdk.ClientApi.ClientApiServices Client => Provider.GetRequiredService<Cmfbl.Sdk.ClientApi.ClientApiServices>();

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public void Dispose() => Provider.Dispose();
}

using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>The SDK built the way a user builds it (DI, real handlers), with the stub as the network.</summary>
public sealed class SdkHarness : IDisposable
{
    public const string AuthBizType = "admin.admin.CompanyAuthDubboService.auth";
    public const long CompanyId = 439;

    private readonly ObservedClock? _clock;
    private int _authCalls;

    /// <param name="configure">Adjusts the options.</param>
    /// <param name="withAuth">Whether the stub answers the Manager auth call (token-1, token-2, … in order).</param>
    /// <param name="services">Adds services before the SDK's.</param>
    /// <param name="timeProvider">The SDK's clock (e.g. an <see cref="ObservedClock"/>); the system clock when null.</param>
    /// <param name="sdk">Configures the SDK's builder (handlers on a family's client).</param>
    public SdkHarness(Action<CmfblOptions>? configure = null, bool withAuth = true, Action<IServiceCollection>? services = null, TimeProvider? timeProvider = null, Action<ICmfblSdkBuilder>? sdk = null)
    {
        Stub = new StubHandler();
        if (withAuth)
        {
            Stub.OnAsync(AuthBizType, async (_, _) =>
            {
                var n = Interlocked.Increment(ref _authCalls);
                await Task.Yield(); // answered later, as over a network: concurrent callers can arrive meanwhile
                return StubHandler.Json(AuthAnswer($"token-{n}"));
            });
        }

        var collection = new ServiceCollection();
        if (timeProvider is not null)
        {
            collection.AddSingleton(timeProvider);
        }

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
        _clock = timeProvider as ObservedClock;
    }

    public StubHandler Stub { get; }

    /// <summary>The auth call's success envelope carrying <paramref name="token"/>.</summary>
    public static string AuthAnswer(string token) =>
        Envelope.Success($$"""{"token":"{{token}}","id":439,"name":"Test company"}""");

    public ServiceProvider Provider { get; }

    public ManagerApiServices Manager => Provider.GetRequiredService<ManagerApiServices>();

    public Cmfbl.Sdk.ClientApi.ClientApiServices Client => Provider.GetRequiredService<Cmfbl.Sdk.ClientApi.ClientApiServices>();

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public void Dispose()
    {
        if (_clock is { } clock)
        {
            // A call a failed test left waiting on the fake clock would otherwise block the disposal for ever.
            clock.RunWhileTicking(Provider.Dispose);
            return;
        }

        Provider.Dispose();
    }
}

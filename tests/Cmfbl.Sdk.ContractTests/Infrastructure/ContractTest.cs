using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// The base of every contract test: the SDK built as a user builds it (DI, real HttpClient and handlers, base address
/// = the WireMock.Net server), a clean journal before each test, and a failure after it if any request matched no mapping.
/// </summary>
[Collection(WireMockCollection.Name)]
public abstract class ContractTest(WireMockFixture server) : IAsyncLifetime
{
    private readonly List<(ServiceProvider Provider, ObservedClock? Clock)> _providers = [];

    protected WireMockFixture Server { get; } = server;

    public Task InitializeAsync()
    {
        Server.Reset();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var (provider, clock) in _providers)
        {
            if (clock is not null)
            {
                // A call a failed test left waiting on the fake clock would otherwise block the disposal for ever.
                clock.RunWhileTicking(provider.Dispose);
                continue;
            }

            await provider.DisposeAsync();
        }

        Server.AssertNoUnmatchedRequests();
    }

    /// <summary>Builds the SDK against the server; <paramref name="configure"/> adjusts the options.</summary>
    /// <param name="configure">Adjusts the options.</param>
    /// <param name="clock">The SDK's clock; the system clock when null.</param>
    protected IServiceProvider Sdk(Action<CmfblOptions>? configure = null, ObservedClock? clock = null)
    {
        var provider = Server.CreateSdk(configure, clock);
        _providers.Add((provider, clock));
        return provider;
    }

    /// <summary>The Manager API services of a fresh SDK.</summary>
    protected ManagerApiServices Manager(Action<CmfblOptions>? configure = null, ObservedClock? clock = null) => Sdk(configure, clock).GetRequiredService<ManagerApiServices>();

    /// <summary>The Client API services of a fresh SDK.</summary>
    protected ClientApiServices Client(Action<CmfblOptions>? configure = null, ObservedClock? clock = null) => Sdk(configure, clock).GetRequiredService<ClientApiServices>();
}

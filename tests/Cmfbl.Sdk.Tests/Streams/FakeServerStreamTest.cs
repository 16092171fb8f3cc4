using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>A fresh fake server per test and the SDK pointed at it, streams included (real WebSockets on 127.0.0.1).</summary>
public abstract class FakeServerStreamTest : IAsyncLifetime
{
    protected static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    protected CmfblFakeServer Fake { get; private set; } = null!;

    protected CmfblClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await CmfblFakeServer.StartAsync();
        Client = CreateClient(Configure);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Fake.DisposeAsync();
    }

    protected virtual void Configure(CmfblOptions options)
    {
    }

    /// <summary>Creates another client pointed at the fake (the test disposes it), for a test that needs other options than the class's.</summary>
    protected CmfblClient CreateClient(Action<CmfblOptions> configure)
    {
        var options = StreamTestOptions.Create(Fake.BaseAddress);
        options.ManagerApi.AppId = Fake.AppId;
        options.ManagerApi.AppSecret = Fake.AppSecret;
        configure(options);
        return CmfblClient.Create(options);
    }

    /// <summary>Registers a customer on the fake and logs them in (with re-login on expiry).</summary>
    protected async Task<(FakeCustomer Customer, CustomerSession Session)> LoginCustomerAsync(string phone = "13900000001")
    {
        var customer = Fake.SeedCustomer(new FakeCustomerSeed { Phone = phone, Password = "a123456" });
        var session = await Client.ClientApi.Sessions.LoginAsync(new LoginRequest
        {
            Type = LoginNameType.CustomerNo,
            LoginName = customer.CustomerNo,
            Password = Md5Password.FromPlainText("a123456"),
        });
        return (customer, session);
    }

    /// <summary>Waits (bounded) until <paramref name="condition"/> holds, polling.</summary>
    protected static async Task EventuallyAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Timed out waiting until " + what);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Subscribes, starts waiting for the first event, and waits until the stream says it is connected.</summary>
    private protected static async Task<(OpenSubscription<T> Events, StateRecorder States, Task<bool> First)> OpenConnectedAsync<T>(Cmfbl.Sdk.Streams.ICmfblStream stream, IAsyncEnumerable<T> source)
    {
        var states = new StateRecorder(stream);
        var events = source.Open();
        var first = events.MoveNextAsync().AsTask();
        await states.WaitForAsync(Cmfbl.Sdk.Streams.StreamState.Connected);
        return (events, states, first);
    }

    protected static async Task<T> NextAsync<T>(IAsyncEnumerator<T> events)
    {
        Assert.True(await events.MoveNextAsync().AsTask().WaitAsync(Timeout), "the stream ended");
        return events.Current;
    }
}

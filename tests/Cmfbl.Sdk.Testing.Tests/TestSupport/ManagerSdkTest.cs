using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>
/// A fresh fake per test on a fake clock (a Wednesday, 12:00 UTC), and the SDK built the way a user builds it
/// (<c>AddCmfblSdk</c>, DI) pointed at it: the generated Manager interfaces are what the tests call.
/// </summary>
public abstract partial class ManagerSdkTest : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2025, 3, 5, 12, 0, 0, TimeSpan.Zero);

    private int _phones;

    /// <summary>The quote token the SDK is given (the fake takes any non-empty one).</summary>
    protected const string QuoteToken = "fake-quote-token";

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected CmfblFakeServer Server { get; private set; } = null!;

    protected ServiceProvider Services { get; private set; } = null!;

    protected ManagerApiServices Manager => Services.GetRequiredService<ManagerApiServices>();

    protected string CompanyId => Server.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets whether the SDK is given the Manager credentials (the token-optional operations work without).</summary>
    protected virtual bool WithManagerCredentials => true;

    public async Task InitializeAsync()
    {
        var options = new CmfblFakeServerOptions { TimeProvider = Clock };
        Configure(options);
        Server = await CmfblFakeServer.StartAsync(options);
        var services = new ServiceCollection();
        services.AddCmfblSdk(o =>
        {
            o.BaseAddress = Server.BaseAddress;
            o.CompanyId = Server.CompanyId;
            o.AllowInsecureLoopback = true;
            o.ManagerApi.QuoteToken = QuoteToken;
            if (WithManagerCredentials)
            {
                o.ManagerApi.AppId = Server.AppId;
                o.ManagerApi.AppSecret = Server.AppSecret;
            }
        });
        Services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    protected virtual void Configure(CmfblFakeServerOptions options)
    {
    }

    /// <summary>Seeds a customer of group 1 (contract cross, USDT) with the default positions and pending order and <paramref name="balance"/> USDT.</summary>
    protected FakeCustomer SeedTrader(decimal balance = 1000m) =>
        Server.SeedCustomer(new FakeCustomerSeed { Phone = NextPhone(), Accounts = { new FakeAccountSeed { Balance = balance } } });

    /// <summary>Seeds a customer of group 2 (spot, USDT and BTC) with <paramref name="usdt"/> USDT.</summary>
    protected FakeCustomer SeedSpotCustomer(decimal usdt = 0m) => Server.SeedCustomer(new FakeCustomerSeed
    {
        Phone = NextPhone(),
        CustomerGroupId = 2,
        Accounts = { new FakeAccountSeed { TradeType = 5, Currency = "USDT", Balance = usdt }, new FakeAccountSeed { TradeType = 5, Currency = "BTC" } },
    });

    /// <summary>Logs the customer in through the SDK (customer number, password a123456).</summary>
    protected Task<Cmfbl.Sdk.ClientApi.CustomerSession> LoginAsync(FakeCustomer customer) =>
        Get<Cmfbl.Sdk.ClientApi.ICustomerSessions>().LoginAsync(new Cmfbl.Sdk.ClientApi.Models.LoginRequest
        {
            Type = Cmfbl.Sdk.Models.LoginNameType.CustomerNo,
            LoginName = customer.CustomerNo,
            Password = Cmfbl.Sdk.Security.Md5Password.FromPlainText("a123456"),
        });

    protected string NextPhone() => "1380000" + Interlocked.Increment(ref _phones).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}

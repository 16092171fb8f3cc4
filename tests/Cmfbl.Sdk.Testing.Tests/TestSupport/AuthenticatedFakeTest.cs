namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>A fresh fake per test, a raw API client on it, and a Manager token already obtained.</summary>
public abstract class AuthenticatedFakeTest : IAsyncLifetime
{
    protected CmfblFakeServer Server { get; private set; } = null!;

    protected ApiClient Api { get; private set; } = null!;

    protected string Token { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await CmfblFakeServer.StartAsync();
        Api = new ApiClient(Server);
        Token = await Api.AuthAsync();
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await Server.DisposeAsync();
    }
}

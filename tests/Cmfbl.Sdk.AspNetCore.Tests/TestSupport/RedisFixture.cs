namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>One Redis for the whole Redis test class (started lazily, so a machine without Redis starts nothing).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private RedisServer? _server;

    public string Configuration => _server?.Configuration ?? throw new InvalidOperationException(RedisServer.Unavailable);

    public async Task InitializeAsync()
    {
        if (RedisServer.Unavailable is null)
        {
            _server = await RedisServer.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

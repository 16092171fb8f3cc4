using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class CmfblFakeServerLifetimeTests
{
    [Fact]
    public async Task StartAsync_Defaults_ListensOnLoopbackWithAFreePortAndDefaultCredentials()
    {
        await using var server = await CmfblFakeServer.StartAsync();

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal("/", server.BaseAddress.AbsolutePath);
        Assert.Equal(new Uri(server.BaseAddress, "openapi-b/"), server.ManagerApiAddress);
        Assert.Equal(new Uri(server.BaseAddress, "api/"), server.ClientApiAddress);
        Assert.Equal(439, server.CompanyId);
        Assert.Equal("fake-app-id", server.AppId);
        Assert.Equal("fake-app-secret", server.AppSecret);
        Assert.Empty(server.Customers);
        Assert.Empty(server.Journal);
    }

    [Fact]
    public async Task StartAsync_TwoServers_HaveTheirOwnPortsAndState()
    {
        await using var first = await CmfblFakeServer.StartAsync();
        await using var second = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(first);

        await api.RegisterAsync(await api.AuthAsync());

        Assert.NotEqual(first.BaseAddress, second.BaseAddress);
        Assert.Single(first.Customers);
        Assert.Empty(second.Customers);
    }

    [Fact]
    public async Task DisposeAsync_ClosesThePort()
    {
        var server = await CmfblFakeServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using (var before = await http.PostAsync("openapi-b/x.y.Z.w", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        await server.DisposeAsync();
        await server.DisposeAsync();

        using var fresh = new HttpClient { BaseAddress = server.BaseAddress };
        await Assert.ThrowsAsync<HttpRequestException>(() => fresh.PostAsync("openapi-b/x.y.Z.w", null));
    }

    [Fact]
    public async Task DisposeAsync_WhileARequestWaitsOnLatency_AbortsItInsteadOfWaiting()
    {
        var server = await CmfblFakeServer.StartAsync();
        server.Faults.Latency = TimeSpan.FromMinutes(5);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var pending = http.PostAsync("openapi-b/x.y.Z.w", null);
        await Task.Delay(300); // let the request reach the server and start waiting
        Assert.False(pending.IsCompleted);

        var dispose = server.DisposeAsync().AsTask();
        var finished = await Task.WhenAny(dispose, Task.Delay(TimeSpan.FromSeconds(60)));

        Assert.Same(dispose, finished);
        await Assert.ThrowsAsync<HttpRequestException>(() => pending);
    }

    [Fact]
    public async Task StartAsync_CustomCompanyAndCredentials_AreTheOnesAccepted()
    {
        await using var server = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions
        {
            CompanyId = 360,
            AppId = "my-app",
            AppSecret = "my-secret",
            CompanyName = "Acme",
        });
        await using var api = new ApiClient(server);

        var auth = await api.AuthRawAsync("my-app", "my-secret");
        var token = auth.Ok().GetProperty("token").GetString()!;
        var groups = await api.ManagerAsync("customer.admin.CustomerGroupAdminApiService.groupList", null, token);

        Assert.Equal(360, server.CompanyId);
        Assert.Equal(360, auth.Data.GetProperty("id").GetInt64());
        Assert.Equal("Acme", auth.Data.GetProperty("name").GetString());
        groups.Ok();
        (await api.AuthRawAsync("fake-app-id", "fake-app-secret")).AssertError("GATEWAY_CODE_101", "G");
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_Throw()
    {
        var unknownTradeType = new CmfblFakeServerOptions();
        unknownTradeType.CustomerGroups.Add(new FakeCustomerGroup { Id = 9, Name = "Stock", TradeType = 6, Assets = "USD" });
        var duplicateGroup = new CmfblFakeServerOptions();
        duplicateGroup.CustomerGroups.Add(new FakeCustomerGroup { Id = 1, Name = "Again", TradeType = 1, Assets = "USDT" });

        await Assert.ThrowsAsync<ArgumentException>(() => CmfblFakeServer.StartAsync(unknownTradeType));
        await Assert.ThrowsAsync<ArgumentException>(() => CmfblFakeServer.StartAsync(duplicateGroup));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { TokenLifetime = TimeSpan.Zero }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { CustomerNumberStart = 10, CustomerNumberEnd = 9 }));
        await Assert.ThrowsAsync<ArgumentException>(() => CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { AppSecret = "" }));
    }
}

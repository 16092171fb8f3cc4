using Cmfbl.Sdk.Testing.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class TokenExpiryTests
{
    private const string GroupList = "customer.admin.CustomerGroupAdminApiService.groupList";
    private const string FindCustomerInfo = "global/customer.app.CustomerWebApiService.findCustomerInfo";

    [Fact]
    public async Task ManagerToken_ExpiresAfterTokenLifetimeOnTheGivenClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { TimeProvider = clock, TokenLifetime = TimeSpan.FromMinutes(5) });
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();

        clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var justBefore = await api.ManagerAsync(GroupList, null, token);
        clock.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await api.ManagerAsync(GroupList, null, token);
        var renewed = await api.ManagerAsync(GroupList, null, await api.AuthAsync());

        justBefore.Ok();
        atExpiry.AssertError("GATEWAY_CODE_005", "G");
        renewed.Ok();
    }

    [Fact]
    public async Task ClientToken_ExpiresAfterTokenLifetime()
    {
        var clock = new FakeTimeProvider();
        await using var server = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { TimeProvider = clock, TokenLifetime = TimeSpan.FromMinutes(1) });
        await using var api = new ApiClient(server);
        await api.RegisterAsync(await api.AuthAsync(), "13900000001");
        var token = (await api.LoginAsync(2, "13900000001")).Ok().GetProperty("token").GetString();

        (await api.ClientAsync(FindCustomerInfo, new { }, token)).Ok();
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await api.ClientAsync(FindCustomerInfo, new { }, token);

        expired.AssertError("GATEWAY_CODE_005", "G");
    }

    [Fact]
    public async Task ExpireAllTokens_RevokesManagerAndClientTokens()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var managerToken = await api.AuthAsync();
        await api.RegisterAsync(managerToken, "13900000001");
        var clientToken = (await api.LoginAsync(2, "13900000001")).Ok().GetProperty("token").GetString();

        server.Faults.ExpireAllTokens();

        (await api.ManagerAsync(GroupList, null, managerToken)).AssertError("GATEWAY_CODE_005", "G");
        (await api.ClientAsync(FindCustomerInfo, new { }, clientToken)).AssertError("GATEWAY_CODE_005", "G");
        (await api.ManagerAsync(GroupList, null, await api.AuthAsync())).Ok();
    }

    [Fact]
    public async Task Timestamps_ComeFromTheGivenClock()
    {
        var now = DateTimeOffset.Parse("2026-03-04T05:06:07Z", System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(now);
        await using var server = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { TimeProvider = clock });
        await using var api = new ApiClient(server);

        var customerNo = await api.RegisterAsync(await api.AuthAsync());

        Assert.Equal(now, server.FindCustomer(customerNo)!.CreateTime);
        Assert.All(server.Journal, entry => Assert.Equal(now, entry.Time));
    }
}

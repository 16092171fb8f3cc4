using Cmfbl.Sdk.Testing.Tests.TestSupport;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

/// <summary>
/// Parallel callers, shown to overlap: each test's requests are held (<see cref="OverlappingRequests"/>) until all of
/// them are open on the fake at once, so none is answered before the last one has arrived.
/// </summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task FiftyParallelRegistrations_GetFiftyDistinctSequentialNumbers()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        var token = await AuthAsync(server);
        var together = new Rendezvous(50);
        await using var api = new ApiClient(server, new OverlappingRequests(together));

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => api.RegisterAsync(token, $"1380000{i:D4}")));

        Assert.Equal(50, together.Arrived);
        Assert.Equal(
            Enumerable.Range(86000001, 50).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            numbers.Order(StringComparer.Ordinal)); // distinct, and none skipped
        Assert.Equal(50, server.Customers.Count);
        Assert.Equal(50, server.Customers.SelectMany(c => c.Accounts).Select(a => a.AccountId).Distinct().Count());
    }

    [Fact]
    public async Task ParallelRegistrationsOfOnePhone_AcceptExactlyOne()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        var token = await AuthAsync(server);
        var together = new Rendezvous(20);
        await using var api = new ApiClient(server, new OverlappingRequests(together));

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.AddCustomerRawAsync(token, ApiClient.Registration("13800000000"))));

        Assert.Equal(20, together.Arrived);
        Assert.Single(responses, r => r.Code == "0");
        Assert.Equal(19, responses.Count(r => r.Code == "CUSTOMER_API_0000106"));
        Assert.Single(server.Customers);
    }

    [Fact]
    public async Task HundredParallelCalls_AllSucceedAndAreJournaled()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        var token = await AuthAsync(server);
        server.ClearJournal();
        var together = new Rendezvous(100);
        await using var api = new ApiClient(server, new OverlappingRequests(together));

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            api.ManagerAsync("customer.admin.WhiteCustomerAdminApiService.page", new { size = 10 }, token)));

        Assert.Equal(100, together.Arrived);
        Assert.All(responses, r => r.Ok());
        Assert.Equal(100, server.Journal.Count);
        Assert.Equal(100, server.Journal.Select(e => e.Trace).Distinct().Count());
    }

    /// <summary>A Manager token, obtained before the overlapping requests (the auth call is not one of them).</summary>
    private static async Task<string> AuthAsync(CmfblFakeServer server)
    {
        await using var api = new ApiClient(server);
        return await api.AuthAsync();
    }
}

using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task FiftyParallelRegistrations_GetFiftyDistinctSequentialNumbers()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => api.RegisterAsync(token, $"1380000{i:D4}")));

        Assert.Equal(50, numbers.Distinct().Count());
        Assert.Equal(
            Enumerable.Range(86000001, 50).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            numbers.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(50, server.Customers.Count);
        Assert.Equal(50, server.Customers.SelectMany(c => c.Accounts).Select(a => a.AccountId).Distinct().Count());
    }

    [Fact]
    public async Task ParallelRegistrationsOfOnePhone_AcceptExactlyOne()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.AddCustomerRawAsync(token, ApiClient.Registration("13800000000"))));

        Assert.Single(responses, r => r.Code == "0");
        Assert.Equal(19, responses.Count(r => r.Code == "CUSTOMER_API_0000106"));
    }

    [Fact]
    public async Task HundredParallelCalls_AllSucceedAndAreJournaled()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();
        server.ClearJournal();

        var responses = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ =>
            api.ManagerAsync("customer.admin.WhiteCustomerAdminApiService.page", new { size = 10 }, token)));

        Assert.All(responses, r => r.Ok());
        Assert.Equal(100, server.Journal.Count);
        Assert.Equal(100, server.Journal.Select(e => e.Trace).Distinct().Count());
    }
}

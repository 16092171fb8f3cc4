using System.Net;
using System.Text;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>The fixture itself: strict matching, the near-miss report, counting and resetting the journal.</summary>
public sealed class WireMockServerTests(WireMockServer server) : ContractTest(server)
{
    private const string Page = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.page";

    [Fact]
    public async Task RequestWithoutCompanyId_MatchesNoMapping_AndTheNearMissReportNamesIt()
    {
        using var http = new HttpClient { BaseAddress = Server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, Page) { Content = new StringContent("""{"size":20,"current":1}""", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("trace", "t-1");
        request.Headers.TryAddWithoutValidation("version", "0.0.1");
        request.Headers.TryAddWithoutValidation("token", "any");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var report = await Assert.ThrowsAnyAsync<Exception>(() => Server.AssertNoUnmatchedRequestsAsync());
        Assert.Contains("companyId", report.Message, StringComparison.Ordinal);
        await Server.ResetAsync(); // this test's unmatched request was the point; leave the journal clean
    }

    [Fact]
    public async Task CountAndReset_FollowTheJournal()
    {
        var manager = Manager();
        await manager.WhiteCustomers.PageAsync(new());
        await manager.WhiteCustomers.PageAsync(new());

        Assert.Equal(2, await Server.CountAsync(Page));
        await Server.ResetAsync();
        Assert.Equal(0, await Server.CountAsync(Page));
    }
}

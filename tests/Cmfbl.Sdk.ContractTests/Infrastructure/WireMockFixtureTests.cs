using System.Net;
using System.Text;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>The fixture itself: strict matching, the near-miss report, counting and resetting the journal.</summary>
public sealed class WireMockFixtureTests(WireMockFixture server) : ContractTest(server)
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
        var report = Assert.ThrowsAny<Exception>(Server.AssertNoUnmatchedRequests);
        Assert.Contains("header companyId: expected ExactMatcher 439, got (absent)", report.Message, StringComparison.Ordinal);
        Assert.Contains("page (Mappings/ManagerApi/page.json)", report.Message, StringComparison.Ordinal);
        Server.Reset(); // this test's unmatched request was the point; leave the journal clean
    }

    [Fact]
    public async Task CountAndReset_FollowTheJournal()
    {
        var manager = Manager();
        await manager.WhiteCustomers.PageAsync(new());
        await manager.WhiteCustomers.PageAsync(new());

        Assert.Equal(2, Server.Count(Page));
        Server.Reset();
        Assert.Equal(0, Server.Count(Page));
    }
}

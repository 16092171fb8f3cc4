using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class JournalTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    [Fact]
    public async Task Journal_RecordsPathBizTypeHeadersBodyAndAnswer()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();

        await api.PostAsync("openapi-b/" + Page, "{\"current\":1,\"size\":5}", api.Headers(token, trace: "t-journal"));

        var entries = server.Journal;
        Assert.Equal(2, entries.Count);
        var auth = entries[0];
        Assert.Equal("/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth", auth.Path);
        Assert.Equal("admin.admin.CompanyAuthDubboService.auth", auth.BizType);
        Assert.Equal("0", auth.ResultCode);
        var page = entries[1];
        Assert.Equal("POST", page.Method);
        Assert.Equal("/openapi-b/" + Page, page.Path);
        Assert.Equal(Page, page.BizType);
        Assert.Equal("{\"current\":1,\"size\":5}", page.Body);
        Assert.Equal(200, page.StatusCode);
        Assert.Equal("0", page.ResultCode);
        Assert.Null(page.Fault);
        Assert.Equal("t-journal", page.Trace);
        Assert.Equal(token, page.Headers["TOKEN"]);
        Assert.Equal("439", page.Headers["companyid"]);
        Assert.Equal("0.0.1", page.Headers["version"]);
    }

    [Fact]
    public async Task Journal_RecordsRejectedAndFaultedRequests()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        server.Faults.FailNext(FakeFault.ServiceUnavailable503);

        await api.ManagerAsync(Page, new { }, token: null);
        await api.ManagerAsync(Page, new { }, token: null);
        await api.PostAsync("nowhere", null, api.Headers());
        server.Faults.FailNext(FakeFault.ConnectionReset);
        await Assert.ThrowsAsync<HttpRequestException>(() => api.ManagerAsync(Page, new { }, token: null));

        var entries = server.Journal;
        Assert.Equal(4, entries.Count);
        Assert.Equal((503, null, FakeFault.ServiceUnavailable503), (entries[0].StatusCode, entries[0].ResultCode, entries[0].Fault));
        Assert.Equal((200, "GATEWAY_CODE_001", (FakeFault?)null), (entries[1].StatusCode, entries[1].ResultCode, entries[1].Fault));
        Assert.Equal(((int)HttpStatusCode.NotFound, "GATEWAY_CODE_010"), (entries[2].StatusCode, entries[2].ResultCode));
        Assert.Equal((0, FakeFault.ConnectionReset), (entries[3].StatusCode, entries[3].Fault));
    }

    [Fact]
    public async Task ClearJournal_EmptiesIt_AndTheSnapshotTakenBeforeStaysAsItWas()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        await api.AuthAsync();
        var before = server.Journal;

        server.ClearJournal();
        await api.AuthAsync();

        Assert.Single(before);
        Assert.Single(server.Journal);
    }
}

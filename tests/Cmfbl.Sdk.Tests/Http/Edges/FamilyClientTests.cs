using System.Collections.Concurrent;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>Every request of a family goes through that family's <see cref="IHttpClientBuilder"/>: its primary handler and the handlers an application adds.</summary>
public sealed class FamilyClientTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    [Fact]
    public async Task ManagerAuth_GoesThroughThePrimaryHandlerConfiguredOnTheManagerClient()
    {
        var stub = Stub();
        var services = new ServiceCollection();
        var builder = services.AddCmfblSdk(Configure);
        builder.ManagerApi.ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<Sdk.ManagerApi.IWhiteCustomerAdminApiService>().PageAsync(new CustomerPageRequest());

        Assert.Equal([SdkHarness.AuthBizType, Page], stub.Requests.Select(r => r.BizType));
        Assert.Equal("/openapi-b/auth/" + SdkHarness.AuthBizType, stub.Requests[0].Path);
    }

    [Fact]
    public async Task HandlerAddedThroughTheBuilder_RunsForEveryRequestOfTheFamily_AuthIncluded()
    {
        var stub = Stub();
        var seen = new ConcurrentQueue<string>();
        var services = new ServiceCollection();
        var builder = services.AddCmfblSdk(Configure);
        builder.ManagerApi.AddHttpMessageHandler(() => new Recording(seen)).ConfigurePrimaryHttpMessageHandler(() => stub);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<Sdk.ManagerApi.IWhiteCustomerAdminApiService>().PageAsync(new CustomerPageRequest());

        Assert.Equal([SdkHarness.AuthBizType, Page], seen.Select(path => path[(path.LastIndexOf('/') + 1)..]));
    }

    private static void Configure(CmfblOptions options)
    {
        options.BaseAddress = new Uri("https://api.test.example");
        options.CompanyId = SdkHarness.CompanyId;
        options.ManagerApi.AppId = "app-id";
        options.ManagerApi.AppSecret = "app-secret-value";
    }

    private static StubHandler Stub() => new StubHandler()
        .OnData(SdkHarness.AuthBizType, """{"token":"token-1"}""")
        .OnData(Page, """{"current":1,"size":20,"total":0,"records":[]}""");

    private sealed class Recording(ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}

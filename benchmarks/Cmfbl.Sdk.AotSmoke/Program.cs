using System.Net;
using System.Text;
using Cmfbl.Sdk;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Microsoft.Extensions.DependencyInjection;

// The SDK as an application registers it, with an in-process stub as the network.
var services = new ServiceCollection();
services.AddCmfblSdk(options =>
{
    options.BaseAddress = new Uri("https://api.aot-smoke.example");
    options.CompanyId = 439;
    options.ManagerApi.AppId = "aot-smoke-app";
    options.ManagerApi.AppSecret = "aot-smoke-secret";
});
services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(static () => new StubNetwork()));
await using var provider = services.BuildServiceProvider();

var customers = provider.GetRequiredService<IWhiteCustomerAdminApiService>();
var page = await customers.PageAsync(new CustomerPageRequest { Size = 2 });
Console.WriteLine($"page {page.Current}: {page.Records.Count} of {page.Total} customers");
foreach (var customer in page.Records)
{
    Console.WriteLine($"  {customer.CustomerNo} {customer.Email} {customer.Status} created {customer.CreateTime:u}");
}

var exists = await provider.GetRequiredService<IManagerCustomerWebApiService>().CheckCustomerExistAsync(
    new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "13954410824", PhoneArea = "+86" });
Console.WriteLine($"+86 13954410824: {exists}");

var ok = page.Records.Count == 2 && page.Records[0].CustomerNo == "86000001" && exists == CustomerExistence.Exists;
Console.WriteLine(ok ? "AOT smoke test passed" : "AOT smoke test FAILED");
return ok ? 0 : 1;

/// <summary>Answers the three bizTypes the smoke test calls with the documented envelope.</summary>
internal sealed class StubNetwork : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var data = path[(path.LastIndexOf('/') + 1)..] switch
        {
            "admin.admin.CompanyAuthDubboService.auth" => """{"token":"aot-token","id":439,"name":"AOT smoke company"}""",
            "customer.admin.WhiteCustomerAdminApiService.page" => """
                {"current":1,"size":2,"total":2,"records":[
                  {"id":1001,"companyId":439,"customerNo":"86000001","email":"ada@example.com","status":1,"createTime":1700000000000,"customerType":0},
                  {"id":1002,"companyId":439,"customerNo":"86000002","email":"alan@example.com","status":"1","createTime":"1700000060000","customerType":0}]}
                """,
            "customer.app.CustomerWebApiService.checkCustomerExist" => "1",
            var other => throw new InvalidOperationException($"The stub does not answer {other}."),
        };
        var body = $$"""{"bizCode":"","code":"0","msg":"Success","trace":"t-aot","data":{{data}}}""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        });
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Cmfbl.Sdk;
using Cmfbl.Sdk.ClientApi.Trading.Models;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Microsoft.Extensions.DependencyInjection;

// The SDK as an application registers it, with an in-process stub as the network: one operation of every family
// (Manager, Client as a guest and as a customer, Open API signed with a key, Bridge API signed with the merchant key,
// Auth2), so a family whose code the trimmer or AOT compiler breaks fails here. A customer's quote stream runs over a
// real WebSocket against a minimal server on 127.0.0.1 (LoopbackWebSocketServer, StubQuoteService).
using var quoteServer = LoopbackWebSocketServer.Start();
using var rsa = RSA.Create(2048);
var privateKey = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
var services = new ServiceCollection();
services.AddCmfblSdk(options =>
{
    options.BaseAddress = new Uri("https://api.aot-smoke.example");
    options.CompanyId = 439;
    options.ManagerApi.AppId = "aot-smoke-app";
    options.ManagerApi.AppSecret = "aot-smoke-secret";
    options.BridgeApi.ApiKey = "aot-smoke-merchant";
    options.BridgeApi.PrivateKey = privateKey;
    options.AllowInsecureLoopback = true;
    options.Streams.Quotes.Address = quoteServer.Address("/apiQuote/");
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

var clientApi = provider.GetRequiredService<Cmfbl.Sdk.ClientApi.ClientApiServices>();
var guestExists = await clientApi.CustomerWeb.CheckCustomerExistAsync(
    new CheckCustomerExistRequest { Type = LoginNameType.Email, LoginName = "ada@example.com" });
Console.WriteLine($"client guest ada@example.com: {guestExists}");

using var session = clientApi.Sessions.FromToken("aot-customer-token");
var order = await session.CrossMarginOrders.AddMarketOrderAsync(
    new CrossMarginAddMarketOrderRequest
    {
        TradeType = TradeType.ContractCross, BizType = 1, Direction = 1, SymbolId = 1,
        RequestTime = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), RequestPrice = ScaledPrice.From(65000.50m, digits: 2),
        RequestNum = "0.1", AccountCurrency = "USDT", AccountDigits = 2, ThirdPartyOrder = "aot-1",
    },
    idempotencyKey: "aot-order-1");
Console.WriteLine($"client order {order.OrderId} opened position {order.PositionId}");

using var openApi = clientApi.Sessions.FromApiKey("aot-smoke-key", privateKey);
var profile = await openApi.CustomerWeb.FindCustomerInfoAsync();
Console.WriteLine($"open api customer {profile.CustomerNo}");

var bridgePage = await provider.GetRequiredService<Cmfbl.Sdk.BridgeApi.BridgeApiServices>().Customers.PageAsync(new CustomerPageRequest { Size = 2 });
Console.WriteLine($"bridge page: {bridgePage.Records.Count} of {bridgePage.Total} customers");

var user = await provider.GetRequiredService<Cmfbl.Sdk.Auth2.Auth2Services>().Authorization.GetUserAsync(new Cmfbl.Sdk.Auth2.Models.Auth2UserRequest { AccessToken = "aot-access-token" });
Console.WriteLine($"auth2 user {user.CustomerNo}");

// The customer's quote stream (/apiQuote/quote?token=…): one product's snapshot (14001) and one live p(…) push, then
// ending the enumeration unsubscribes and closes the connection with the close handshake. Every wait is bounded.
using var streamDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(15));
var serving = StubQuoteService.ServeOneAsync(quoteServer, "/apiQuote/quote?token=aot-customer-token", streamDeadline.Token);
var btc = new QuoteSymbol(1, TradeType.ContractCross);
QuoteTick? snapshot = null;
QuoteTick? live = null;
await using (var quotes = provider.GetRequiredService<ICmfblStreams>().CreateQuoteStream(StreamCredentials.FromSession(session)))
{
    await foreach (var tick in quotes.SubscribeTickersAsync([btc], streamDeadline.Token))
    {
        if (tick.IsSnapshot)
        {
            snapshot = tick;
            continue;
        }

        live = tick;
        break;
    }
}

var closeStatus = await serving;
Console.WriteLine($"quote stream {btc}: snapshot {snapshot?.Price} ({snapshot?.Day?.PriceDigits} digits), live {live?.Price} bid {live?.Bid}; the client closed with {closeStatus}");
var streamOk = snapshot is not null && snapshot.Symbol == btc && snapshot.Price == StubQuoteService.SnapshotPrice && snapshot.Day?.PriceDigits == 2
    && live is not null && live.Symbol == btc && live.Price == StubQuoteService.LivePrice && live.Bid == StubQuoteService.LiveBid
    && closeStatus == System.Net.WebSockets.WebSocketCloseStatus.NormalClosure;

var ok = page.Records.Count == 2 && page.Records[0].CustomerNo == "86000001" && exists == CustomerExistence.Exists
    && guestExists == CustomerExistence.Exists && order.OrderId == 9001 && profile.CustomerNo == "86000003"
    && bridgePage.Records.Count == 2 && user.CustomerNo == "86021063" && streamOk;
Console.WriteLine(ok ? "AOT smoke test passed" : "AOT smoke test FAILED");
return ok ? 0 : 1;

/// <summary>Answers the bizTypes the smoke test calls with the documented envelope (the last segment of the path).</summary>
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
            "tradeapi.app.CfdMMOrderApiService.addMarketOrder" => """{"orderId":9001,"positionId":7001,"symbolId":1,"digits":2,"openPrice":"65000.50"}""",
            "customer.app.CustomerWebApiService.findCustomerInfo" => """{"customerNo":"86000003","email":"grace@example.com"}""",
            "user" => """{"thirdUserId":"666666660","accountId":0,"thirdLoginSource":"telegram","customerNo":"86021063","email":null}""",
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

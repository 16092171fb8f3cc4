using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

/// <summary>What the gateway refuses before an order reaches the trading service, on the raw wire.</summary>
public sealed class TradingGatewayRuleTests : CustomerTradingTest
{
    private const string AddMarketOrder = "api/global/tradeapi.app.CfdMMOrderApiService.addMarketOrder";

    [Fact]
    public async Task AddMarketOrder_WithoutTheGroupHeader_ReturnsGateway009_AndWithAManagerToken_ReturnsGateway005()
    {
        await LoginTraderAsync();
        await using var api = new ApiClient(Server);
        var body = Body(requestPrice: "6500050");

        var noGroup = await api.PostAsync(AddMarketOrder, body, api.Headers(Session.Login!.Token));
        var manager = await api.PostAsync(AddMarketOrder, body, WithGroup(api.Headers(await api.AuthAsync())));
        var customer = await api.PostAsync(AddMarketOrder, body, WithGroup(api.Headers(Session.Login!.Token)));

        noGroup.AssertError("GATEWAY_CODE_009", "G");
        manager.AssertError("GATEWAY_CODE_005", "G");
        Assert.Equal("65000.50", customer.Ok().GetProperty("executePrice").GetString());
    }

    [Theory]
    [InlineData("65000.5", "requestPrice")]
    [InlineData("-6500050", "requestPrice")]
    public async Task AddMarketOrder_PriceNotAScaledInteger_ReturnsGateway104NamingTheField(string requestPrice, string field)
    {
        await LoginTraderAsync();
        await using var api = new ApiClient(Server);

        var response = await api.PostAsync(AddMarketOrder, Body(requestPrice), WithGroup(api.Headers(Session.Login!.Token)));

        response.AssertError("GATEWAY_CODE_104", "G");
        Assert.Equal(field, response.Envelope.GetProperty("msgParams").GetString());
        Assert.DoesNotContain(Server.Journal, r => r.BizType.EndsWith("addMarketOrder", StringComparison.Ordinal) && r.ResultCode == "0");
    }

    private JsonObject Body(string requestPrice) => new()
    {
        ["tradeType"] = 1,
        ["bizType"] = 1,
        ["direction"] = 1,
        ["symbolId"] = Btc,
        ["requestTime"] = Clock.GetUtcNow().ToUnixTimeMilliseconds(),
        ["requestPrice"] = requestPrice,
        ["requestNum"] = "0.1",
        ["accountCurrency"] = "USDT",
        ["accountDigits"] = 4,
    };

    private static Dictionary<string, string?> WithGroup(Dictionary<string, string?> headers)
    {
        headers["group"] = "tradeApi";
        return headers;
    }
}

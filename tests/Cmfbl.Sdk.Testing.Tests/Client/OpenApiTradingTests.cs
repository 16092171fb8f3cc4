using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Customers.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Client;

/// <summary>A quant user trades through the Open API: log in once, apply for a key, then every order is signed with it.</summary>
public sealed class OpenApiTradingTests : CustomerTradingTest
{
    [Fact]
    public async Task ApiKeySession_OpensAndClosesAPosition_SignedWithoutAToken()
    {
        await LoginTraderAsync();
        var key = await Session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot", GoogleCode = "123456" });
        using var bot = Get<ICustomerSessions>().FromApiKey(key.ApiKey!, key.PrivateKey!);

        var opened = await bot.CrossMarginOrders.AddMarketOrderAsync(Order(1, 1, 0.1m, 65000.50m, thirdPartyOrder: "bot_1"), idempotencyKey: "bot-open-1");
        var position = Assert.Single(await bot.Positions.QueryPositionPageAsync(new() { TradeType = Cmfbl.Sdk.Models.TradeType.ContractCross }));
        await bot.CrossMarginOrders.AddMarketOrderAsync(Order(2, 2, 0.1m, 65000.00m, positionId: position.PositionId), idempotencyKey: "bot-close-1");

        Assert.Equal(opened.PositionId, position.PositionId);
        Assert.Empty(await MyPositionsAsync());
        // The fake's clock is in 2025: the first signed order is outside the time window (00012002, refused before it
        // runs); the SDK takes the server's time and signs it again, once. Two orders ran, each signed, none with a token.
        var orders = Server.Journal.Where(c => c.Path.EndsWith("tradeapi.app.CfdMMOrderApiService.addMarketOrder", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["00012002", "0", "0"], orders.Select(c => c.ResultCode));
        Assert.All(orders, call =>
        {
            Assert.StartsWith("/openapi-c/", call.Path, StringComparison.Ordinal);
            Assert.False(call.Headers.ContainsKey("token"));
            Assert.Equal(key.ApiKey, call.Headers["apiKey"]);
        });
    }
}

using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

/// <summary>The gateway's header rules on the new operations, sent raw (the SDK always sends what they need).</summary>
public sealed class ManagerGatewayRuleTests : AuthenticatedFakeTest
{
    [Theory]
    [InlineData("config.admin.AdminSymbolDubboService.getSymbolGroupList")]
    [InlineData("config.admin.AdminAssetsDubboService.getAssetsList")]
    [InlineData("fund.admin.CustomerAdjustProposalAdminDubboService.addCustomerAdjustProposal")]
    [InlineData("fund.admin.CustomerActivityBonusAdminDubboService.lockTradeAccount")]
    [InlineData("message.admin.PlatFormMessageThirdSendAdminService.add")]
    public async Task TokenOperation_WithoutToken_IsRefusedWithGatewayCode001(string bizType)
    {
        (await Api.ManagerAsync(bizType, new { }, token: null)).AssertError("GATEWAY_CODE_001", "G");
    }

    [Theory]
    [InlineData("tradeapi.admin.OrderAdminApiService.forcedOrder")]
    [InlineData("tradeapi.admin.OrderAdminApiService.queryCapitalFlowList")]
    [InlineData("tradeapi.admin.PositionAdminApiService.queryAllPositionPage")]
    [InlineData("global/report.admin.CatsTradeDealService.getTradeDealInfoByDealId")]
    public async Task TradeApiOperation_WithoutGroup_IsRefusedWithGatewayCode009(string path)
    {
        (await Api.ManagerAsync(path, new { tradeType = 1 }, Token)).AssertError("GATEWAY_CODE_009", "G");
    }

    [Fact]
    public async Task TradeApiOperation_OtherGroup_IsNotRouted()
    {
        var headers = Api.Headers(Token);
        headers["group"] = "cats";

        var response = await Api.PostAsync("openapi-b/tradeapi.admin.PositionAdminApiService.queryAllPositionPage", new { tradeType = 1 }, headers);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("GATEWAY_CODE_010", response.Code);
    }

    [Fact]
    public async Task TokenOptionalOperation_WithoutToken_IsAnswered_WithADeadOne_IsRefused()
    {
        var headers = Api.Headers();
        headers["group"] = "tradeApi";
        var path = "openapi-b/tradeapi.admin.PositionAdminApiService.queryAllPositionPage";

        var without = await Api.PostAsync(path, new { tradeType = 1 }, headers);
        headers["token"] = "not-a-token";
        var dead = await Api.PostAsync(path, new { tradeType = 1 }, headers);

        Assert.Equal(0, without.Ok().GetProperty("total").GetInt32());
        dead.AssertError("GATEWAY_CODE_005", "G");
    }

    [Theory]
    [InlineData("config.admin.AdminDictDubboService.getListByParentCode")]
    [InlineData("config.admin.AdminDictDubboService.getCountryListByParentCode")]
    public async Task Dictionary_WithoutToken_IsAnswered(string bizType)
    {
        // Raw: the SDK refuses every Manager call when no Manager credentials are configured, the token-optional ones included.
        var entries = (await Api.ManagerAsync(bizType, new { parentCode = "-1" }, token: null)).Ok();

        Assert.Equal(System.Text.Json.JsonValueKind.Array, entries.ValueKind);
    }

    [Fact]
    public async Task QueryCodeSendStatus_NeedsNoToken_ButChecksTheFields()
    {
        var response = await Api.ManagerAsync("message.admin.VerificationAdminService.queryCodeSendStatus", new { bizType = "EMAIL_LOGIN_VERIFICATION_CODE", toUser = "a@example.com" }, token: null);

        response.AssertError("GATEWAY_CODE_104", "G");
        Assert.Equal("code", response.Envelope.GetProperty("msgParams").GetString());
    }
}

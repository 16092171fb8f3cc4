using System.Text.Json;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class ManagerAuthTests : IAsyncLifetime
{
    private CmfblFakeServer _server = null!;
    private ApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _server = await CmfblFakeServer.StartAsync();
        _api = new ApiClient(_server);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Auth_ValidCredentials_ReturnsSuccessEnvelopeWithCompanyProfileAndAdminToken()
    {
        var response = await _api.AuthRawAsync(_server.AppId, _server.AppSecret, trace: "t-123");

        var data = response.Ok();
        var envelope = response.Envelope;
        Assert.Equal("Success", envelope.GetProperty("msg").GetString());
        Assert.Equal("", envelope.GetProperty("bizCode").GetString());
        Assert.Equal("t-123", envelope.GetProperty("trace").GetString());
        Assert.Equal(JsonValueKind.Null, envelope.GetProperty("msgParams").ValueKind);
        Assert.Equal(JsonValueKind.Number, envelope.GetProperty("tm").ValueKind);
        Assert.True(envelope.GetProperty("ok").GetBoolean());
        Assert.False(envelope.GetProperty("fail").GetBoolean());

        var token = data.GetProperty("token").GetString()!;
        Assert.EndsWith("admin", token, StringComparison.Ordinal);
        Assert.True(Guid.TryParse(token[..^"admin".Length], out _));
        Assert.Equal(439, data.GetProperty("id").GetInt64());
        Assert.Equal(86000001, data.GetProperty("startNumber").GetInt64());
        Assert.Equal(86999999, data.GetProperty("endNumber").GetInt64());
        Assert.Equal("1,2,3,5", data.GetProperty("tradeTypes").GetString());
        var tradeTypeIds = data.GetProperty("tradeTypeList").EnumerateArray().Select(t => t.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["1", "2", "3", "5"], tradeTypeIds);
        Assert.Equal(1, data.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("appSecret").ValueKind);
        Assert.DoesNotContain(_server.AppSecret, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_TwoCalls_IssueTwoTokensThatBothWork()
    {
        var first = await _api.AuthAsync();
        var second = await _api.AuthAsync();

        Assert.NotEqual(first, second);
        (await _api.ManagerAsync("customer.admin.CustomerGroupAdminApiService.groupList", null, first)).Ok();
        (await _api.ManagerAsync("customer.admin.CustomerGroupAdminApiService.groupList", null, second)).Ok();
    }

    [Theory]
    [InlineData("fake-app-id", "wrong")]
    [InlineData("wrong", "fake-app-secret")]
    [InlineData("", "")]
    public async Task Auth_WrongCredentials_ReturnsGateway101WithTheBizTypeAsData(string appId, string appSecret)
    {
        var response = await _api.AuthRawAsync(appId, appSecret);

        response.AssertError("GATEWAY_CODE_101", "G");
        Assert.Equal("admin.admin.CompanyAuthDubboService.auth", response.Data.GetString());
    }

    [Fact]
    public async Task Auth_WithoutTrace_ReturnsGateway004()
    {
        var response = await _api.AuthRawAsync(_server.AppId, _server.AppSecret, trace: null);

        response.AssertError("GATEWAY_CODE_004", "G");
    }

    [Fact]
    public async Task Auth_WithEveryGatewayHeader_AlsoSucceeds()
    {
        var withAll = await _api.PostAsync(
            "openapi-b/auth/admin.admin.CompanyAuthDubboService.auth",
            new { appId = _server.AppId, appSecret = _server.AppSecret },
            _api.Headers());

        withAll.Ok();
    }
}

using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class WebhookSubscribeTests : AuthenticatedFakeTest
{
    private const string Subscribe = "admin.admin.CompanyWebhookDubboService.subscribe";

    [Fact]
    public async Task Subscribe_ThreeUrls_AreStoredAndReplacedByTheNextCall()
    {
        Assert.Null(Server.WebhookSubscription);

        (await Api.ManagerAsync(Subscribe, Urls("https://a.example/"), Token)).Ok();
        (await Api.ManagerAsync(Subscribe, Urls("https://b.example/"), Token)).Ok();

        var subscription = Assert.IsType<FakeWebhookSubscription>(Server.WebhookSubscription);
        Assert.Equal(new Uri("https://b.example/get-user-amount"), subscription.QueryUserAccountBalanceUrl);
        Assert.Equal(new Uri("https://b.example/external-system-credit-limit-adjustment"), subscription.ExternalSystemAdjustmentUrl);
        Assert.Equal(new Uri("https://b.example/cancel-external-system-credit-limit-adjustment"), subscription.CancelExternalSystemAdjustmentUrl);
    }

    [Theory]
    [InlineData("queryUserAccountBalanceUrl")]
    [InlineData("externalSystemAdjustmentUrl")]
    [InlineData("cancelExternalSystemAdjustmentUrl")]
    public async Task Subscribe_OneUrlMissingOrRelative_IsRefusedNamingTheField(string field)
    {
        var body = Urls("https://a.example/");
        body[field] = "relative/path";

        var response = await Api.ManagerAsync(Subscribe, body, Token);

        response.AssertError("CUSTOMER_API_0000501", "US");
        Assert.Equal(field, response.Envelope.GetProperty("msgParams").GetString());
        Assert.Null(Server.WebhookSubscription);
    }

    [Fact]
    public async Task Subscribe_WithoutToken_IsRefused()
    {
        var response = await Api.ManagerAsync(Subscribe, Urls("https://a.example/"), token: null);

        response.AssertError("GATEWAY_CODE_001", "G");
        Assert.Null(Server.WebhookSubscription);
    }

    private static Dictionary<string, string> Urls(string root) => new()
    {
        ["queryUserAccountBalanceUrl"] = root + "get-user-amount",
        ["externalSystemAdjustmentUrl"] = root + "external-system-credit-limit-adjustment",
        ["cancelExternalSystemAdjustmentUrl"] = root + "cancel-external-system-credit-limit-adjustment",
    };
}

using System.Net;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class GatewayConventionTests : AuthenticatedFakeTest
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    [Theory]
    [InlineData("trace", "GATEWAY_CODE_004")]
    [InlineData("companyId", "GATEWAY_CODE_003")]
    [InlineData("version", "GATEWAY_CODE_009")]
    [InlineData("token", "GATEWAY_CODE_001")]
    public async Task TokenCall_MissingHeader_ReturnsGatewayCode(string header, string code)
    {
        var headers = Api.Headers(Token);
        headers[header] = null;

        var response = await Api.PostAsync("openapi-b/" + Page, new { }, headers);

        response.AssertError(code, "G");
        Assert.Equal(Page, response.Data.GetString());
    }

    [Fact]
    public async Task TokenCall_UnknownToken_ReturnsGateway005()
    {
        var response = await Api.ManagerAsync(Page, new { }, Guid.NewGuid() + "admin");

        response.AssertError("GATEWAY_CODE_005", "G");
    }

    [Fact]
    public async Task ManagerCall_WithAClientToken_ReturnsGateway005()
    {
        await Api.RegisterAsync(Token, "13900000001");
        var clientToken = (await Api.LoginAsync(2, "13900000001")).Ok().GetProperty("token").GetString();

        var response = await Api.ManagerAsync(Page, new { }, clientToken);

        response.AssertError("GATEWAY_CODE_005", "G");
    }

    [Fact]
    public async Task TokenCall_OtherCompanyId_ReturnsGateway019()
    {
        var headers = Api.Headers(Token);
        headers["companyId"] = "440";

        var response = await Api.PostAsync("openapi-b/" + Page, new { }, headers);

        response.AssertError("GATEWAY_CODE_019", "G");
    }

    [Fact]
    public async Task GuestCall_OtherCompanyId_ReturnsCustomerApi0000111()
    {
        var headers = Api.Headers();
        headers["companyId"] = "440";

        var response = await Api.PostAsync("openapi-b/customer.app.CustomerWebApiService.checkCustomerExist", new { type = 2, loginName = "13900000001" }, headers);

        response.AssertError("CUSTOMER_API_0000111", "US");
    }

    [Fact]
    public async Task HeaderNames_AreCaseInsensitive()
    {
        var headers = new Dictionary<string, string?>
        {
            ["Trace"] = "t-case",
            ["Companyid"] = "439",
            ["Version"] = "0.0.1",
            ["Token"] = Token,
        };

        var response = await Api.PostAsync("openapi-b/" + Page, new { }, headers);

        response.Ok();
        Assert.Equal("t-case", response.Envelope.GetProperty("trace").GetString());
    }

    [Fact]
    public async Task GlobalPrefix_ServesTheSameManagerOperations()
    {
        var response = await Api.PostAsync("openapi-b/global/" + Page, new { }, Api.Headers(Token));

        Assert.Equal(0, response.Ok().GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("openapi-b/notABizType")]
    [InlineData("openapi-b/customer.admin.page")]
    [InlineData("api/global/customer..CustomerWebApiService.findCustomerInfo")]
    public async Task MalformedBizType_ReturnsGateway002(string path)
    {
        var response = await Api.PostAsync(path, new { }, Api.Headers(Token));

        response.AssertError("GATEWAY_CODE_002", "G");
    }

    [Fact]
    public async Task EmptyBizType_ReturnsGateway008()
    {
        var response = await Api.PostAsync("openapi-b/", new { }, Api.Headers(Token));

        response.AssertError("GATEWAY_CODE_008", "G");
    }

    [Theory]
    [InlineData("openapi-b/customer.admin.WhiteCustomerAdminApiService.destroy")]
    [InlineData("api/global/" + Page)]
    [InlineData("nothing/here")]
    [InlineData("openapi-b/a/b/c.d.E.f")]
    public async Task UnknownOperationOrPath_ReturnsHttp404WithGateway010Envelope(string path)
    {
        var response = await Api.PostAsync(path, new { }, Api.Headers(Token));

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("GATEWAY_CODE_010", response.Code);
        Assert.Equal("G", response.Envelope.GetProperty("bizCode").GetString());
        Assert.True(response.Envelope.GetProperty("fail").GetBoolean());
    }

    [Fact]
    public async Task Get_OnAKnownOperation_ReturnsHttp405WithGateway016()
    {
        var response = await Api.PostAsync("openapi-b/" + Page, null, Api.Headers(Token), HttpMethod.Get);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("GATEWAY_CODE_016", response.Code);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public async Task BodyThatIsNotAJsonObject_ReturnsGateway015(string body)
    {
        var response = await Api.PostAsync("openapi-b/" + Page, body, Api.Headers(Token));

        response.AssertError("GATEWAY_CODE_015", "G");
    }

    [Fact]
    public async Task EmptyBody_CountsAsAnEmptyObject()
    {
        var response = await Api.PostAsync("openapi-b/" + Page, null, Api.Headers(Token));

        Assert.Equal(20, response.Ok().GetProperty("size").GetInt32());
    }

    [Fact]
    public async Task ErrorEnvelope_EchoesTheTraceAndCarriesTheBizType()
    {
        var response = await Api.PostAsync("openapi-b/" + Page, new { }, Api.Headers(token: null, trace: "x-trace-42"));

        response.AssertError("GATEWAY_CODE_001", "G");
        Assert.Equal("x-trace-42", response.Envelope.GetProperty("trace").GetString());
        Assert.Equal(Page, response.Data.GetString());
        Assert.Equal("application/json", response.Message.Content.Headers.ContentType?.MediaType);
    }
}

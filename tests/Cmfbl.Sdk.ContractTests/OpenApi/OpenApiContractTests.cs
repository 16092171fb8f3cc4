using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.ContractTests.OpenApi;

/// <summary>
/// The Open API (REFERENCE §1.4): a session opened with an API key sends the Client operations to <c>/openapi-c/</c>,
/// signed; each mapping matches the key, the contract timestamp and the exact signature the test computes itself.
/// </summary>
public sealed class OpenApiContractTests(WireMockFixture server) : ContractTest(server)
{
    private const string ApiKey = "47b471e57c394e8fbc18535805e04016";

    [Fact]
    public async Task FindCustomerInfo_ApiKeySession_SignsTheEmptyBodyAndSendsNoToken()
    {
        using var session = Client(clock: new ObservedClock()).Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        var profile = await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.NotNull(profile);
        var sent = Assert.Single(Server.Requests("/openapi-c/global/customer.app.CustomerWebApiService.findCustomerInfo"));
        ServerSideSignature.AssertSigned(sent, ApiKey, "{}");
    }

    [Fact]
    public async Task CheckCustomerExist_ApiKeySession_SignsTheSortedFieldsWithoutQuotes()
    {
        using var session = Client(clock: new ObservedClock()).Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        var exists = await session.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = Constants.Phone });

        Assert.Equal(CustomerExistence.Exists, exists);
        var sent = Assert.Single(Server.Requests("/openapi-c/global/customer.app.CustomerWebApiService.checkCustomerExist"));
        ServerSideSignature.AssertSigned(sent, ApiKey, "{loginName:13800138000,type:2}");
    }
}

using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class RegistrationErrorTests : AuthenticatedFakeTest
{
    [Fact]
    public async Task NeitherPhoneNorEmail_ReturnsCustomerApi0000105()
    {
        var response = await Api.AddCustomerRawAsync(Token, new { pwd = ApiClient.Md5OfA123456, country = "CN", registerSource = 3, customerGroupId = 1 });

        response.AssertError("CUSTOMER_API_0000105", "US");
        Assert.Equal("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", response.Data.GetString());
    }

    [Fact]
    public async Task DuplicatePhone_ReturnsCustomerApi0000106_ButTheSameNumberInAnotherAreaIsAccepted()
    {
        await Api.RegisterAsync(Token, "13900000001");

        var duplicate = await Api.AddCustomerRawAsync(Token, ApiClient.Registration("13900000001"));
        var otherArea = await Api.AddCustomerRawAsync(Token, new { phone = "13900000001", phoneArea = "+852", pwd = ApiClient.Md5OfA123456, country = "HK", registerSource = 3, customerGroupId = 1 });

        duplicate.AssertError("CUSTOMER_API_0000106", "US");
        otherArea.Ok();
    }

    [Fact]
    public async Task DuplicateEmail_ReturnsCustomerApi0000107()
    {
        var body = new { email = "dup@example.com", pwd = ApiClient.Md5OfA123456, country = "CN", registerSource = 3, customerGroupId = 1 };
        (await Api.AddCustomerRawAsync(Token, body)).Ok();

        var response = await Api.AddCustomerRawAsync(Token, body with { email = "DUP@example.com" });

        response.AssertError("CUSTOMER_API_0000107", "US");
    }

    [Fact]
    public async Task MissingPassword_ReturnsCustomerApi0000125()
    {
        var response = await Api.AddCustomerRawAsync(Token, new { phone = "13900000001", country = "CN", registerSource = 3, customerGroupId = 1 });

        response.AssertError("CUSTOMER_API_0000125", "US");
    }

    [Theory]
    [InlineData("a123456")]
    [InlineData("DC483E80A7A0BD9EF71D8CF973673924")]
    [InlineData("dc483e80a7a0bd9ef71d8cf97367392")]
    [InlineData("dc483e80a7a0bd9ef71d8cf97367392g")]
    public async Task PasswordThatIsNotLowercaseMd5Hex_ReturnsCustomerApi0000501(string pwd)
    {
        var response = await Api.AddCustomerRawAsync(Token, new { phone = "13900000001", pwd, country = "CN", registerSource = 3, customerGroupId = 1 });

        response.AssertError("CUSTOMER_API_0000501", "US");
        Assert.Equal("pwd", response.Envelope.GetProperty("msgParams").GetString());
        Assert.Empty(Server.Customers);
    }

    [Theory]
    [InlineData("country")]
    [InlineData("registerSource")]
    [InlineData("customerGroupId")]
    public async Task MissingRequiredField_ReturnsCustomerApi0000501NamingIt(string field)
    {
        var body = new Dictionary<string, object>
        {
            ["phone"] = "13900000001",
            ["pwd"] = ApiClient.Md5OfA123456,
            ["country"] = "CN",
            ["registerSource"] = 3,
            ["customerGroupId"] = 1,
        };
        body.Remove(field);

        var response = await Api.AddCustomerRawAsync(Token, body);

        response.AssertError("CUSTOMER_API_0000501", "US");
        Assert.Equal(field, response.Envelope.GetProperty("msgParams").GetString());
        Assert.Contains(field, response.Envelope.GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCustomerGroup_ReturnsCustomerApi0000301()
    {
        var response = await Api.AddCustomerRawAsync(Token, new { phone = "13900000001", pwd = ApiClient.Md5OfA123456, country = "CN", registerSource = 3, customerGroupId = 77 });

        response.AssertError("CUSTOMER_API_0000301", "US");
    }

    [Fact]
    public async Task TradeTypeTheCompanyDoesNotOffer_ReturnsCustomerApi0000302()
    {
        var response = await Api.AddCustomerRawAsync(Token, new
        {
            phone = "13900000001",
            pwd = ApiClient.Md5OfA123456,
            country = "CN",
            registerSource = 3,
            customerGroupId = 1,
            tradeTypeCurrencyList = new[] { new { tradeType = "6", allCurrency = "USD" } },
        });

        response.AssertError("CUSTOMER_API_0000302", "US");
    }

    [Fact]
    public async Task MalformedTradeTypeCurrencyList_ReturnsCustomerApi0000501()
    {
        var response = await Api.AddCustomerRawAsync(Token, new
        {
            phone = "13900000001",
            pwd = ApiClient.Md5OfA123456,
            country = "CN",
            registerSource = 3,
            customerGroupId = 1,
            tradeTypeCurrencyList = new[] { new { tradeType = "1" } },
        });

        response.AssertError("CUSTOMER_API_0000501", "US");
        Assert.Equal("tradeTypeCurrencyList", response.Envelope.GetProperty("msgParams").GetString());
    }

    [Fact]
    public async Task RangeExhausted_ReturnsCustomerApi0000110_AndRefusedRegistrationsUseNoNumber()
    {
        await using var server = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { CustomerNumberStart = 86000001, CustomerNumberEnd = 86000002 });
        await using var api = new ApiClient(server);
        var token = await api.AuthAsync();

        var first = await api.RegisterAsync(token, "13900000001");
        (await api.AddCustomerRawAsync(token, ApiClient.Registration("13900000001"))).AssertError("CUSTOMER_API_0000106", "US");
        var second = await api.RegisterAsync(token, "13900000002");
        var third = await api.AddCustomerRawAsync(token, ApiClient.Registration("13900000003"));

        Assert.Equal("86000001", first);
        Assert.Equal("86000002", second);
        third.AssertError("CUSTOMER_API_0000110", "US");
        Assert.Equal(2, server.Customers.Count);
    }
}

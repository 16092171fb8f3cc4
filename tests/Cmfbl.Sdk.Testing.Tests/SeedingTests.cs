using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

public sealed class SeedingTests
{
    [Fact]
    public async Task SeedCustomer_CanLogInWithItsPlainPassword_AndShowsItsBalancesAsDecimalStrings()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        var seed = new FakeCustomerSeed { Phone = "13900000001", Password = "s3cret!", Accounts = { new FakeAccountSeed { TradeType = 1, Currency = "USDT", Balance = 100.5m, Frozen = 0.5m } } };

        var customer = server.SeedCustomer(seed);
        var login = (await api.LoginAsync(2, "13900000001", "a7b8f6a69ff6c5e2d3a5e8a9d6fc3d2b")).Code;
        var loggedIn = (await api.LoginAsync(2, "13900000001", customer.PasswordMd5)).Ok();
        var accounts = (await api.ManagerAsync("customer.admin.CustomerAdminApiService.queryAccountList", new { customerNo = customer.CustomerNo, tradeType = 1 }, await api.AuthAsync())).Ok();

        Assert.Equal("86000001", customer.CustomerNo);
        Assert.Equal("CUSTOMER_API_0000102", login);
        Assert.Equal(customer.CustomerNo, loggedIn.GetProperty("customerNo").GetString());
        var account = Assert.Single(accounts.EnumerateArray().ToArray());
        Assert.Equal("100.5", account.GetProperty("balance").GetString());
        Assert.Equal("0.5", account.GetProperty("frozen").GetString());
        Assert.Equal("100.0", account.GetProperty("available").GetString());
        Assert.Equal(4, account.GetProperty("digits").GetInt32());
    }

    [Fact]
    public async Task SeedCustomer_StoresTheMd5OfThePlainPassword()
    {
        await using var server = await CmfblFakeServer.StartAsync();

        var customer = server.SeedCustomer(new FakeCustomerSeed { Email = "a@example.com" });

        Assert.Equal(ApiClient.Md5OfA123456, customer.PasswordMd5);
        Assert.Equal([(1, "USDT", 0m)], customer.Accounts.Select(a => (a.TradeType, a.Currency, a.Balance)));
    }

    [Fact]
    public async Task OptionsCustomers_AreThereWhenTheServerStarts()
    {
        var options = new CmfblFakeServerOptions
        {
            Customers =
            {
                new FakeCustomerSeed { Phone = "13900000001" },
                new FakeCustomerSeed { Phone = "13900000002", CustomerGroupId = 2 },
            },
        };
        await using var server = await CmfblFakeServer.StartAsync(options);
        await using var api = new ApiClient(server);

        var page = (await api.ManagerAsync("customer.admin.WhiteCustomerAdminApiService.page", new { }, await api.AuthAsync())).Ok();

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(["86000001", "86000002"], server.Customers.Select(c => c.CustomerNo));
        Assert.Equal(2, server.FindCustomer("86000002")!.CustomerGroupId);
        Assert.Null(server.FindCustomer("86000003"));
    }

    [Fact]
    public async Task SeedCustomer_TheServiceWouldRefuse_Throws()
    {
        await using var server = await CmfblFakeServer.StartAsync();
        server.SeedCustomer(new FakeCustomerSeed { Phone = "13900000001" });

        Assert.Throws<InvalidOperationException>(() => server.SeedCustomer(new FakeCustomerSeed { Phone = "13900000001" }));
        Assert.Throws<InvalidOperationException>(() => server.SeedCustomer(new FakeCustomerSeed { Phone = "13900000002", CustomerGroupId = 99 }));
        Assert.Throws<ArgumentException>(() => server.SeedCustomer(new FakeCustomerSeed { Phone = "13900000003", PasswordMd5 = "nope" }));
        Assert.Single(server.Customers);
    }

    [Theory]
    [InlineData(2, "CUSTOMER_API_0000103")]
    [InlineData(5, "CUSTOMER_API_0000113")]
    public async Task SeededCustomerNotInNormalStatus_CannotLogIn(int status, string code)
    {
        await using var server = await CmfblFakeServer.StartAsync();
        await using var api = new ApiClient(server);
        server.SeedCustomer(new FakeCustomerSeed { Phone = "13900000001", Status = status });

        var response = await api.LoginAsync(2, "13900000001");

        response.AssertError(code, "US");
    }
}

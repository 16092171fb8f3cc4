using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

/// <summary>
/// Sent raw: the vendor answers <c>PlatFormMessageThirdSendAdminService.add</c> with <c>data</c> null, which the
/// generated <c>Task&lt;JsonElement&gt;</c> method refuses as a protocol error (reported).
/// </summary>
public sealed class InAppMessageTests : ManagerSdkTest
{
    private const string Add = "message.admin.PlatFormMessageThirdSendAdminService.add";

    [Fact]
    public async Task Add_ValidMessage_IsStoredForTheTestToRead()
    {
        var customer = SeedTrader();
        await using var api = new ApiClient(Server);

        var data = (await api.ManagerAsync(Add, Message(customer, "Margin call"), await api.AuthAsync())).Ok();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.ValueKind);
        var sent = Assert.Single(Server.SentMessages);
        Assert.Equal((customer.CustomerNo, customer.Id, 1, "en-US"), (sent.CustomerNo, sent.CustomerId, sent.TradeType, sent.Language));
        Assert.Equal(("Margin call", "Please add funds.", 1, 3, Start), (sent.Title, sent.Content, sent.ShowType, sent.RefreshType, sent.SentAt));
    }

    [Fact]
    public async Task Add_TitleOverOneHundredCharacters_IsRefusedAndNotStored()
    {
        var customer = SeedTrader();
        await using var api = new ApiClient(Server);

        var response = await api.ManagerAsync(Add, Message(customer, new string('x', 101)), await api.AuthAsync());

        response.AssertError("GATEWAY_CODE_104", "G");
        Assert.Equal("title", response.Envelope.GetProperty("msgParams").GetString());
        Assert.Empty(Server.SentMessages);
    }

    [Fact]
    public async Task Add_CustomerIdOfSomeoneElse_IsNotFound()
    {
        var customer = SeedTrader();
        var other = SeedTrader();
        await using var api = new ApiClient(Server);
        var body = Message(customer, "Hello");
        body["customerId"] = other.Id;

        var response = await api.ManagerAsync(Add, body, await api.AuthAsync());

        response.AssertError("CUSTOMER_API_0000003", "US");
        Assert.Empty(Server.SentMessages);
    }

    private Dictionary<string, object> Message(FakeCustomer customer, string title) => new()
    {
        ["customerNo"] = customer.CustomerNo,
        ["customerId"] = customer.Id,
        ["companyId"] = Server.CompanyId,
        ["tradeType"] = 1,
        ["language"] = "en-US",
        ["title"] = title,
        ["content"] = "Please add funds.",
        ["showType"] = 1,
        ["refreshType"] = 3,
    };
}

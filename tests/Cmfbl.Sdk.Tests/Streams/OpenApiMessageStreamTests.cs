using Cmfbl.Sdk.ClientApi.Customers.Models;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>An Open API session's message stream: its token comes from getMsgPushToken, signed with the API key.</summary>
public sealed class OpenApiMessageStreamTests : FakeServerStreamTest
{
    [Fact]
    public async Task FromSession_OpenApiSession_ConnectsWithAPushTokenAndDeliversNotices()
    {
        var (customer, login) = await LoginCustomerAsync("13900000020");
        using var _ = login;
        var key = await login.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot", GoogleCode = "1" });
        using var openApi = Client.ClientApi.Sessions.FromApiKey(key.ApiKey!, key.PrivateKey!);
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(openApi));
        await using var messages = stream.SubscribeAsync([TradeType.ContractCross]).Open();
        var first = messages.MoveNextAsync().AsTask();
        await EventuallyAsync(() => stream.State == StreamState.Connected, "connected");

        Fake.Streams.SendMessage(customer.CustomerNo, "notice", """{"tradeType":1,"updateType":1,"show":0,"bizType":"POSITION"}""");

        Assert.True(await first.WaitAsync(Timeout));
        Assert.IsType<NoticeMessage>(messages.Current);
        var tokenCall = Assert.Single(Fake.Journal, r => r.BizType == "getMsgPushToken");
        Assert.Equal("/openapi-c/global/getMsgPushToken", tokenCall.Path);
        Assert.Equal("0", tokenCall.ResultCode);
    }
}

using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests;

/// <summary>The fake's three WebSocket channels, driven with a bare ClientWebSocket: wire formats, durable groups, faults.</summary>
public sealed class StreamChannelTests : AuthenticatedFakeTest
{
    [Fact]
    public async Task QuoteGuest_SubscribeTickers_AnswersTheSnapshotThenPushesEachChange()
    {
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");

        await socket.SendAsync("""{"cmd_id":14000,"seq_id":7,"ext":"trace-7","data":{"symbol_list":[{"symbol_id":1,"trade_type":1,"trade_mode":1}]}}""");
        var answer = await socket.ReceiveJsonAsync();
        Server.Streams.Market.SetQuote(1, 65001.25m, 65001.75m, price: 65001.50m);
        var push = await socket.ReceiveAsync();

        Assert.Equal(200, (int)answer["ret"]!);
        Assert.Equal(14001, (int)answer["cmd_id"]!);
        Assert.Equal(7, (int)answer["seq_id"]!);
        Assert.Equal("trace-7", (string?)answer["ext"]);
        var tick = answer["data"]!["tick_list"]![0]!;
        Assert.Equal("65000.00", (string?)tick["tick_deep"]![0]!["price_bid"]);
        Assert.Equal(2, (int)tick["price_digits"]!);
        Assert.Matches(@"^p\(1,1,1,2,\d+,65001\.50,65001\.25,65001\.75,1,1\);$", push);
        Assert.Contains(Server.Streams.ReceivedFrames, f => f.Channel == FakeStreamChannel.Quotes && f.Text.Contains("14000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quote_HeartbeatCancelAndUnknownProduct_AreAnsweredAsTheServiceDoes()
    {
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");

        await socket.SendAsync("""{"cmd_id":14008,"seq_id":1,"ext":"h","data":{}}""");
        var heartbeat = await socket.ReceiveJsonAsync();
        await socket.SendAsync("""{"cmd_id":14000,"seq_id":2,"ext":"s","data":{"symbol_list":[{"symbol_id":424242,"trade_type":1,"trade_mode":1}]}}""");
        var refused = await socket.ReceiveJsonAsync();
        await socket.SendAsync("""{"cmd_id":14006,"seq_id":3,"ext":"c","data":{"cancel_type":0}}""");
        var cancelled = await socket.ReceiveJsonAsync();

        Assert.Equal((14009, 200), ((int)heartbeat["cmd_id"]!, (int)heartbeat["ret"]!));
        Assert.Equal((14001, 202), ((int)refused["cmd_id"]!, (int)refused["ret"]!));
        Assert.Contains("unknown symbol_id 424242", (string?)refused["msg"], StringComparison.Ordinal);
        Assert.Equal((14007, 200), ((int)cancelled["cmd_id"]!, (int)cancelled["ret"]!));
    }

    [Fact]
    public async Task Quote_DelistedProduct_IsRefusedWith202_TheOthersStillPush()
    {
        const string Subscribe = """{"cmd_id":14000,"seq_id":1,"ext":"s","data":{"symbol_list":[{"symbol_id":2,"trade_type":1,"trade_mode":1},{"symbol_id":3,"trade_type":1,"trade_mode":1}]}}""";
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");
        await socket.SendAsync(Subscribe);
        var accepted = await socket.ReceiveJsonAsync();

        Server.Streams.Market.Delist(2);
        Server.Streams.Market.SetQuote(3, 1.08600m, 1.08610m);
        var push = await socket.ReceiveAsync();
        await socket.SendAsync(Subscribe.Replace("\"seq_id\":1", "\"seq_id\":2", StringComparison.Ordinal));
        var refused = await socket.ReceiveJsonAsync();

        Assert.Equal(200, (int)accepted["ret"]!);
        Assert.StartsWith("p(3,", push, StringComparison.Ordinal);
        Assert.Equal((14001, 202, 2), ((int)refused["cmd_id"]!, (int)refused["ret"]!, (int)refused["seq_id"]!));
        Assert.Contains("unknown symbol_id 2", (string?)refused["msg"], StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Server.Streams.Market.Delist(2));
        Assert.Throws<ArgumentException>(() => Server.Streams.Market.PushTrade(2, 3500m, 1m));
    }

    [Fact]
    public async Task Quote_Klines_AreSentCompressed()
    {
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");

        await socket.SendAsync("""{"cmd_id":14012,"seq_id":9,"ext":"k","data":{"symbol_id":3,"trade_type":1,"trade_mode":1,"kline_type":1,"kline_timestamp_end":0,"query_kline_num":5}}""");
        var answer = await socket.ReceiveJsonAsync();

        Assert.Equal(14013, (int)answer["cmd_id"]!);
        Assert.Equal(5, answer["data"]!["kline_list"]!.AsArray().Count);
        Assert.Equal("1.08516", (string?)answer["data"]!["kline_list"]![0]!["close_price"]);
    }

    [Fact]
    public async Task Quote_CustomerEndpoint_NeedsAValidClientToken_AndARefusalCanBeQueued()
    {
        await RawSocket.RefusedAsync(Server, "apiQuote/quote?token=nope");
        var token = await LoginAsync();
        Server.Streams.RefuseNextTokens(FakeStreamChannel.Quotes);
        await RawSocket.RefusedAsync(Server, "apiQuote/quote?token=" + token);

        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_stock?token=" + token);
        await WaitAsync(() => Server.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 1);
    }

    [Fact]
    public async Task ManagerEvents_ADurableGroupGetsWhatItMissed_ANewGroupStartsFromNow()
    {
        var headers = new Dictionary<string, string> { ["token"] = Token, ["group"] = "crm" };
        var first = await RawSocket.ConnectAsync(Server, "openapi-b/ws", headers);
        var customerNo = await Api.RegisterAsync(Token);
        var register = await first.ReceiveJsonAsync();
        var openAccount = await first.ReceiveJsonAsync();
        await first.DisposeAsync();
        await WaitAsync(() => Server.Streams.ConnectionCount(FakeStreamChannel.ManagerEvents) == 0);

        Server.Streams.PublishManagerEvent("trade_deal", """{"id":"5","orderId":5}""");
        await using var again = await RawSocket.ConnectAsync(Server, "openapi-b/ws", headers);
        await using var newcomer = await RawSocket.ConnectAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = Token, ["group"] = "late" });
        var missed = await again.ReceiveJsonAsync();
        Server.Streams.PublishManagerEvent("kyc", """{"id":"6"}""");

        Assert.Equal("register", (string?)register["eventType"]);
        Assert.Equal(customerNo, (string?)register["data"]!["customerNo"]);
        Assert.Equal("open_account", (string?)openAccount["eventType"]);
        Assert.Equal("USDT", (string?)openAccount["data"]!["currencyCode"]);
        Assert.Equal("trade_deal", (string?)missed["eventType"]);
        Assert.Equal("kyc", (string?)(await newcomer.ReceiveJsonAsync())["eventType"]);
        Assert.Equal("kyc", (string?)(await again.ReceiveJsonAsync())["eventType"]);
    }

    [Fact]
    public async Task ManagerEvents_SameGroupTwice_DropsTheOlderConnection_AndAClientTokenIsRefused()
    {
        await RawSocket.RefusedAsync(Server, "openapi-b/ws", new Dictionary<string, string> { ["token"] = await LoginAsync(), ["group"] = "g" });
        var headers = new Dictionary<string, string> { ["token"] = Token, ["group"] = "g" };
        await using var older = await RawSocket.ConnectAsync(Server, "openapi-b/ws", headers);
        await using var newer = await RawSocket.ConnectAsync(Server, "openapi-b/ws", headers);

        await Assert.ThrowsAnyAsync<Exception>(older.ReceiveAsync);
        await WaitAsync(() => Server.Streams.ConnectionCount(FakeStreamChannel.ManagerEvents) == 1);
    }

    [Fact]
    public async Task Messages_SubscribeNeedsALogin_ThenTheCustomersMessagesArrive()
    {
        var token = await LoginAsync();
        var customerNo = Server.Customers.Single().CustomerNo;
        await using var socket = await RawSocket.ConnectAsync(Server, "openapi-c/openMsg/any-app");

        await socket.SendJsonAsync(Frame("subscribe_asset", token, "1"));
        var refused = await socket.ReceiveJsonAsync();
        await socket.SendJsonAsync(Frame("login", token, null));
        await socket.SendJsonAsync(Frame("subscribe_asset", token, "1,2"));
        var accepted = await socket.ReceiveJsonAsync();
        Assert.Equal(1, Server.Streams.SendMessage(customerNo, "notice", """{"tradeType":1,"updateType":3,"show":1}"""));
        var notice = await socket.ReceiveJsonAsync();

        Assert.Equal("subscribe_fail", (string?)refused["msgCode"]);
        Assert.Equal("subscribe_success", (string?)accepted["msgCode"]);
        Assert.Equal("notice", (string?)notice["msgCode"]);
        Assert.Equal(3, (int)notice["content"]!["updateType"]!);
        Assert.True((long)notice["timestamp"]! > 0);
    }

    [Fact]
    public async Task Faults_StallSilencesAChannel_DropClosesIt_SendTextReachesIt()
    {
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");
        // The client's handshake can complete before the fake has registered the socket (seen on a loaded machine).
        await WaitAsync(() => Server.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 1);
        Assert.Equal(1, Server.Streams.SendText(FakeStreamChannel.Quotes, "not a push"));
        Assert.Equal("not a push", await socket.ReceiveAsync());

        Server.Streams.StallHeartbeats(FakeStreamChannel.Quotes);
        await socket.SendAsync("""{"cmd_id":14008,"seq_id":1,"ext":"h","data":{}}""");
        var answer = socket.ReceiveAsync();
        await Task.Delay(100);
        Assert.False(answer.IsCompleted);
        Assert.Equal(0, Server.Streams.SendText(FakeStreamChannel.Quotes, "while stalled"));
        Server.Streams.StallHeartbeats(FakeStreamChannel.Quotes, stalled: false);
        Assert.Equal(14009, (int)JsonNode.Parse(await answer)!["cmd_id"]!);

        Assert.Equal(1, Server.Streams.DropConnections(FakeStreamChannel.Quotes));
        await Assert.ThrowsAnyAsync<Exception>(socket.ReceiveAsync);
    }

    [Fact]
    public async Task Faults_IgnoreNextSubscriptions_LeavesOneUnansweredAndUnapplied_WhileTheConnectionStaysHealthy()
    {
        await using var socket = await RawSocket.ConnectAsync(Server, "apiQuote/quote_guest");
        await WaitAsync(() => Server.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 1);
        Server.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Quotes);

        await socket.SendAsync("""{"cmd_id":14000,"seq_id":1,"ext":"s","data":{"symbol_list":[{"symbol_id":1,"trade_type":1,"trade_mode":1}]}}""");
        await socket.SendAsync("""{"cmd_id":14008,"seq_id":2,"ext":"h","data":{}}""");
        var heartbeat = await socket.ReceiveJsonAsync();
        Server.Streams.Market.SetQuote(1, 65002.00m, 65002.50m);
        Server.Streams.SendText(FakeStreamChannel.Quotes, "marker");
        var afterQuote = await socket.ReceiveAsync();
        await socket.SendAsync("""{"cmd_id":14000,"seq_id":3,"ext":"s","data":{"symbol_list":[{"symbol_id":1,"trade_type":1,"trade_mode":1}]}}""");
        var answered = await socket.ReceiveJsonAsync();

        Assert.Equal((14009, 2), ((int)heartbeat["cmd_id"]!, (int)heartbeat["seq_id"]!));
        Assert.Equal("marker", afterQuote);
        Assert.Equal((14001, 3, 200), ((int)answered["cmd_id"]!, (int)answered["seq_id"]!, (int)answered["ret"]!));
        Assert.Equal(2, Server.Streams.ReceivedFrames.Count(f => f.Text.Contains("\"cmd_id\":14000", StringComparison.Ordinal)));
        Assert.Throws<ArgumentException>(() => Server.Streams.IgnoreNextSubscriptions(FakeStreamChannel.ManagerEvents));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Messages, 0));
    }

    [Fact]
    public void Market_BadQuote_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Streams.Market.SetQuote(1, 10m, 9m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Server.Streams.Market.SetQuote(0, 10m, 11m));
        Assert.Throws<ArgumentException>(() => Server.Streams.Market.PushTrade(777, 1m, 1m));
        Assert.Throws<ArgumentException>(() => Server.Streams.PublishManagerEvent("x", "{not json"));
        Assert.Throws<ArgumentException>(() => Server.Streams.SendMessage("00000000", "notice", "{}"));
    }

    private async Task<string> LoginAsync()
    {
        var customers = Server.Customers;
        var customerNo = customers.Count > 0 ? customers[0].CustomerNo : await Api.RegisterAsync(Token);
        var login = await Api.LoginAsync(3, customerNo);
        return login.Ok().GetProperty("token").GetString()!;
    }

    private static JsonObject Frame(string msgType, string token, string? tradeTypes)
    {
        var frame = new JsonObject
        {
            ["head"] = new JsonObject { ["msgType"] = msgType, ["token"] = token, ["sendTime"] = 1, ["lang"] = "en-US" },
            ["device"] = 1,
            ["seqId"] = 1,
            ["trace"] = "t",
        };
        if (tradeTypes is not null)
        {
            frame["data"] = new JsonObject { ["tradeTypes"] = tradeTypes };
        }

        return frame;
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(10);
        }
    }
}

using System.Text.Json.Nodes;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>A customer's message stream end to end against the fake: login, fills, notices, P&amp;L, refusals, reconnects, back-pressure.</summary>
public sealed class MessageStreamFakeServerTests : FakeServerStreamTest
{
    [Fact]
    public async Task Subscribe_LogsInSubscribesAndDeliversTheFillOfTheCustomersOrder()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var (messages, states, first) = await OpenConnectedAsync(stream, stream.SubscribeAsync([TradeType.ContractIsolated]));
        await using var subscription = messages;

        Assert.Equal(1, Fake.Streams.SendMessage(customer.CustomerNo, "trade", Content(MessageFrameReaderTests.DocumentedTrade)));
        Assert.True(await first.WaitAsync(Timeout));

        var trade = Assert.IsType<TradeMessage>(messages.Current);
        Assert.Equal(TradeMessageKind.PositionOpened, trade.Kind);
        Assert.Equal(21257491, trade.Fill.OrderId);
        Assert.Equal(1.67094m, trade.Fill.DealPrice);
        var sent = Fake.Streams.ReceivedFrames.Where(f => f.Channel == FakeStreamChannel.Messages).Select(f => JsonNode.Parse(f.Text)!).ToList();
        Assert.Equal("login", (string?)sent[0]["head"]!["msgType"]);
        Assert.Equal("subscribe_asset", (string?)sent[1]["head"]!["msgType"]);
        Assert.Equal("2", (string?)sent[1]["data"]!["tradeTypes"]);
        Assert.Equal(1, (int)sent[1]["device"]!);
        Assert.Equal("en-US", (string?)sent[1]["head"]!["lang"]);
    }

    [Fact]
    public async Task NoticesAndFloatingPnl_ArriveTyped_PnlOnlyForTheSubscribedMode()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        await using var messages = stream.SubscribeAsync([TradeType.ContractCross]).Open();
        var states = new StateRecorder(stream);
        var first = messages.MoveNextAsync().AsTask();
        await EventuallyAsync(() => stream.State == StreamState.Connected, "connected");

        Fake.Streams.SendText(FakeStreamChannel.Messages, "g(1,2,3,4,5,6);");
        Fake.Streams.SendText(FakeStreamChannel.Messages, "f(-1.5,2,3,0.5,5,6);(77,-1.5,0.9);");
        Fake.Streams.SendMessage(customer.CustomerNo, "notice", """{"tradeType":1,"updateType":1,"show":0,"bizType":"POSITION"}""");
        Assert.True(await first.WaitAsync(Timeout));
        var pnl = Assert.IsType<FloatingPnlMessage>(messages.Current);
        var notice = Assert.IsType<NoticeMessage>(await NextAsync(messages));

        Assert.Equal(TradeType.ContractCross, pnl.TradeType);
        Assert.Equal(-1.5m, pnl.ProfitLoss);
        Assert.Equal(77, Assert.Single(pnl.Positions).PositionId);
        Assert.Equal(NoticeUpdateType.Positions, notice.UpdateType);
        Assert.DoesNotContain(StreamState.Reconnecting, states.States);
    }

    [Fact]
    public async Task RefusedToken_TheSessionLogsInAgainAndTheStreamSubscribesWithTheNewToken()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        Fake.Streams.RefuseNextTokens(FakeStreamChannel.Messages);
        Fake.Faults.ExpireAllTokens();
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var states = new StateRecorder(stream);
        await using var messages = stream.SubscribeAsync([TradeType.ContractCross]).Open();
        var first = messages.MoveNextAsync().AsTask();

        await states.WaitForAsync(StreamState.Connected);
        Fake.Streams.SendMessage(customer.CustomerNo, "notice", """{"tradeType":1,"updateType":3,"show":1}""");

        Assert.True(await first.WaitAsync(Timeout));
        Assert.IsType<NoticeMessage>(messages.Current);
        Assert.IsType<CmfblAuthenticationException>(states.Changes.First(c => c.State == StreamState.Reconnecting).Error);
        var logins = Fake.Journal.Count(r => r.BizType.EndsWith(".login", StringComparison.Ordinal));
        Assert.Equal(2, logins);
        var tokens = Fake.Streams.ReceivedFrames.Where(f => f.Text.Contains("subscribe_asset", StringComparison.Ordinal))
            .Select(f => (string?)JsonNode.Parse(f.Text)!["head"]!["token"]).ToList();
        Assert.Equal(2, tokens.Distinct().Count());
    }

    [Fact]
    public async Task TokenRefusedAndNoWayToRenewIt_FailsWithAnAuthenticationError()
    {
        using var fromToken = Client.ClientApi.Sessions.FromToken("not-a-token-the-fake-issued");
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(fromToken));

        var thrown = await Assert.ThrowsAsync<CmfblAuthenticationException>(async () =>
        {
            await foreach (var _ in stream.SubscribeAsync([TradeType.ContractCross]))
            {
            }
        }).WaitAsync(Timeout);

        Assert.Contains("credentials", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DroppedConnection_LogsInAndSubscribesAgain_AndReportsTheGap()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var (messages, states, first) = await OpenConnectedAsync(stream, stream.SubscribeAsync([TradeType.ContractCross, TradeType.ContractIsolated]));
        await using var subscription = messages;

        Fake.Streams.DropConnections(FakeStreamChannel.Messages);
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);
        Fake.Streams.SendMessage(customer.CustomerNo, "notice", """{"tradeType":2,"updateType":2,"show":0}""");

        Assert.True(await first.WaitAsync(Timeout));
        Assert.Equal(NoticeUpdateType.Orders, Assert.IsType<NoticeMessage>(messages.Current).UpdateType);
        Assert.NotNull(resubscribed.Gap);
        var subscriptions = Fake.Streams.ReceivedFrames.Where(f => f.Text.Contains("\"subscribe_asset\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, subscriptions.Count);
        Assert.All(subscriptions, f => Assert.Equal("1,2", (string?)JsonNode.Parse(f.Text)!["data"]!["tradeTypes"]));
        Assert.Equal(2, Fake.Streams.ReceivedFrames.Count(f => f.Text.Contains("\"login\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SubscriptionUnansweredOnAnOpenConnection_LogsInAndSubscribesAgainOnANewConnection()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var client = CreateClient(options => options.Streams.Messages.RequestTimeout = TimeSpan.FromMilliseconds(500));
        await using var stream = client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var (cross, states, _) = await OpenConnectedAsync(stream, stream.SubscribeAsync([TradeType.ContractCross]));
        await using var crossSubscription = cross;
        var beforeIgnore = states.Changes.Count;
        Fake.Streams.ClearReceivedFrames();

        Fake.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Messages);
        await using var isolated = stream.SubscribeAsync([TradeType.ContractIsolated]).Open();
        var next = isolated.MoveNextAsync().AsTask();

        var lost = await states.WaitForAsync(StreamState.Reconnecting, skip: beforeIgnore);
        await states.WaitForAsync(StreamState.Resubscribed, skip: states.IndexOf(lost) + 1);
        Fake.Streams.SendMessage(customer.CustomerNo, "notice", """{"tradeType":2,"updateType":2,"show":0}""");

        Assert.True(await next.WaitAsync(Timeout));
        Assert.IsType<NoticeMessage>(isolated.Current);
        Assert.Contains("did not answer subscribe_asset", lost.Error!.Message, StringComparison.Ordinal);
        var subscriptions = Fake.Streams.ReceivedFrames.Where(f => f.Text.Contains("\"subscribe_asset\"", StringComparison.Ordinal)).ToList();
        Assert.Equal("2", TradeTypes(subscriptions[0]));
        Assert.Contains(subscriptions, f => f.ConnectionId != subscriptions[0].ConnectionId && TradeTypes(f) == "1,2");
    }

    [Fact]
    public async Task SessionEndedByTheService_IsTheLastEvent_AndTheStreamDoesNotReconnect()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var states = new StateRecorder(stream);
        var received = new List<MessageEvent>();
        var reading = Task.Run(async () =>
        {
            await foreach (var message in stream.SubscribeAsync([TradeType.ContractCross]))
            {
                received.Add(message);
            }
        });
        await states.WaitForAsync(StreamState.Connected);

        Fake.Streams.SendMessage(customer.CustomerNo, "disconnect", "{}");
        await reading.WaitAsync(Timeout);

        Assert.Equal("disconnect", Assert.IsType<SessionEndedMessage>(Assert.Single(received)).MsgCode);
        await states.WaitForAsync(StreamState.Closed);
        Assert.DoesNotContain(StreamState.Reconnecting, states.States);
    }

    [Fact]
    public async Task SlowConsumer_NoMessageIsDropped_TheSocketIsReadOnlyAsFastAsTheConsumer()
    {
        var (customer, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));
        var (messages, states, first) = await OpenConnectedAsync(stream, stream.SubscribeAsync([TradeType.ContractCross]));
        await using var subscription = messages;

        for (var i = 0; i < 50; i++)
        {
            Fake.Streams.SendMessage(customer.CustomerNo, "notice", $$"""{"tradeType":1,"updateType":1,"show":0,"bizType":"N{{i}}"}""");
        }

        Assert.True(await first.WaitAsync(Timeout));
        var order = new List<string?> { ((NoticeMessage)messages.Current).BizType };
        while (order.Count < 50)
        {
            await Task.Delay(order.Count % 10 == 0 ? 20 : 0);
            order.Add(Assert.IsType<NoticeMessage>(await NextAsync(messages)).BizType);
        }

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"N{i}"), order);
    }

    [Fact]
    public void CreateMessageStream_GuestCredentials_AreRefusedUpFront() =>
        Assert.Throws<ArgumentException>(() => Client.Streams.CreateMessageStream(StreamCredentials.Guest));

    [Fact]
    public async Task SubscribeAsync_NoTradingMode_IsRefusedUpFront()
    {
        var (_, session) = await LoginCustomerAsync();
        using var _ = session;
        await using var stream = Client.Streams.CreateMessageStream(StreamCredentials.FromSession(session));

        Assert.Throws<ArgumentException>(() => stream.SubscribeAsync([]));
        Assert.Equal(0, Fake.Streams.ConnectionCount(FakeStreamChannel.Messages));
    }

    protected override void Configure(CmfblOptions options) => options.Streams.Messages.Capacity = 4;

    private static string? TradeTypes(FakeStreamFrame frame) => (string?)JsonNode.Parse(frame.Text)!["data"]!["tradeTypes"];

    private static string Content(string frame) => JsonNode.Parse(frame)!["content"]!.ToJsonString();
}

using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Models;
using Cmfbl.Sdk.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The Manager data push end to end against the fake: typed events, durable groups across reconnects, token renewal, back-pressure.</summary>
public sealed class ManagerEventStreamFakeServerTests : FakeServerStreamTest
{
    [Fact]
    public async Task CustomerRegisteredOnTheFake_ArrivesAsRegisterAndOpenAccountEvents()
    {
        var events = Client.Streams.ManagerEvents;
        var (stream, states, first) = await OpenConnectedAsync(events, events.SubscribeAsync("crm-sync"));
        await using var subscription = stream;

        var customer = Fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000042" });

        Assert.True(await first.WaitAsync(Timeout));
        var registered = Assert.IsType<ManagerEvent<CustomerEventData>>(stream.Current);
        var opened = Assert.IsType<ManagerEvent<AccountEventData>>(await NextAsync(stream));
        Assert.Equal(ManagerEventKind.Register, registered.Kind);
        Assert.Equal(customer.CustomerNo, registered.Data.CustomerNo);
        Assert.Equal(customer.Id, registered.Data.Id);
        Assert.Equal("13900000042", registered.Data.Phone);
        Assert.Equal(ManagerEventKind.OpenAccount, opened.Kind);
        Assert.Equal(customer.Accounts[0].AccountId, opened.Data.Id);
        Assert.Equal("USDT", opened.Data.CurrencyCode);
        var handshake = Fake.Journal.Where(r => r.BizType.EndsWith(".auth", StringComparison.Ordinal)).ToList();
        Assert.Single(handshake);
    }

    [Fact]
    public async Task ConnectionDropped_EventsPublishedMeanwhileAreDeliveredAfterTheReconnect_InOrder()
    {
        var events = Client.Streams.ManagerEvents;
        var (stream, states, first) = await OpenConnectedAsync(events, events.SubscribeAsync("ledger"));
        await using var subscription = stream;
        Fake.Streams.PublishManagerEvent("trade_deal", """{"id":"1","orderId":1,"executePrice":3009452,"digits":2}""");
        Assert.True(await first.WaitAsync(Timeout));

        Fake.Streams.StallHeartbeats(FakeStreamChannel.ManagerEvents);
        Fake.Streams.DropConnections(FakeStreamChannel.ManagerEvents);
        await states.WaitForAsync(StreamState.Reconnecting);
        for (var i = 2; i <= 4; i++)
        {
            Fake.Streams.PublishManagerEvent("trade_deal", $$"""{"id":"{{i}}","orderId":{{i}}}""");
        }

        Fake.Streams.StallHeartbeats(FakeStreamChannel.ManagerEvents, stalled: false);
        var ids = new List<long?> { Assert.IsType<ManagerEvent<TradeDealEventData>>(stream.Current).Data.Id };
        for (var i = 0; i < 3; i++)
        {
            ids.Add(Assert.IsType<ManagerEvent<TradeDealEventData>>(await NextAsync(stream)).Data.Id);
        }

        Assert.Equal([1L, 2L, 3L, 4L], ids);
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);
        Assert.True(resubscribed.Gap!.End >= resubscribed.Gap.Start);
    }

    [Fact]
    public async Task RefusedToken_TheManagerTokenIsRenewedAndTheStreamConnects()
    {
        await Client.ManagerApi.CustomerGroups.GroupListAsync(new Cmfbl.Sdk.ManagerApi.Models.CustomerGroupListRequest());
        Fake.Streams.RefuseNextTokens(FakeStreamChannel.ManagerEvents);
        var events = Client.Streams.ManagerEvents;
        var states = new StateRecorder(events);
        await using var stream = events.SubscribeAsync("risk").Open();
        var first = stream.MoveNextAsync().AsTask();

        await states.WaitForAsync(StreamState.Connected);
        Fake.Streams.PublishManagerEvent("kyc", """{"id":"20","levelCode":"level_2","status":2}""");

        Assert.True(await first.WaitAsync(Timeout));
        Assert.Equal("level_2", Assert.IsType<ManagerEvent<KycEventData>>(stream.Current).Data.LevelCode);
        Assert.Equal(2, Fake.Journal.Count(r => r.BizType.EndsWith(".auth", StringComparison.Ordinal)));
        Assert.IsType<CmfblAuthenticationException>(states.Changes.First(c => c.State == StreamState.Reconnecting).Error);
    }

    [Fact]
    public async Task MalformedAndUnknownFrames_AreEventsToo_AndTheStreamGoesOn()
    {
        var events = Client.Streams.ManagerEvents;
        var (stream, states, first) = await OpenConnectedAsync(events, events.SubscribeAsync("audit"));
        await using var subscription = stream;

        Fake.Streams.SendText(FakeStreamChannel.ManagerEvents, "{\"eventType\":\"deposit\",\"data\":{\"actualAmount\":\"lots\"}}");
        Fake.Streams.PublishManagerEvent("vip_upgrade", """{"level":3}""");
        Fake.Streams.PublishManagerEvent("withdraw", """{"proposalNo":"W1","amount":12.5}""");

        Assert.True(await first.WaitAsync(Timeout));
        var error = Assert.IsType<ManagerStreamError>(stream.Current);
        var unknown = Assert.IsType<ManagerEvent<JsonElement>>(await NextAsync(stream));
        var withdraw = Assert.IsType<ManagerEvent<WithdrawEventData>>(await NextAsync(stream));
        Assert.IsType<CmfblProtocolException>(error.Error);
        Assert.Contains("lots", error.Frame, StringComparison.Ordinal);
        Assert.Equal(ManagerEventKind.Unknown, unknown.Kind);
        Assert.Equal(3, unknown.Data.GetProperty("level").GetInt32());
        Assert.Equal(12.5m, withdraw.Data.Amount);
    }

    [Fact]
    public async Task SlowConsumer_NoEventIsDropped()
    {
        var events = Client.Streams.ManagerEvents;
        var (stream, states, first) = await OpenConnectedAsync(events, events.SubscribeAsync("bulk"));
        await using var subscription = stream;
        for (var i = 1; i <= 40; i++)
        {
            Fake.Streams.PublishManagerEvent("subject_update", $$"""{"id":"{{i}}","amount":{{i}}}""");
        }

        Assert.True(await first.WaitAsync(Timeout));
        var ids = new List<long?> { Assert.IsType<ManagerEvent<LedgerSubjectEventData>>(stream.Current).Data.Id };
        while (ids.Count < 40)
        {
            await Task.Delay(ids.Count % 10 == 0 ? 20 : 0);
            ids.Add(Assert.IsType<ManagerEvent<LedgerSubjectEventData>>(await NextAsync(stream)).Data.Id);
        }

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long?)i), ids);
    }

    [Fact]
    public async Task SameGroupTwice_IsRefusedBeforeConnecting_AndAMissingGroupIsAnArgumentError()
    {
        var events = Client.Streams.ManagerEvents;
        var states = new StateRecorder(events);
        await using var stream = events.SubscribeAsync("unique").Open();
        _ = stream.MoveNextAsync().AsTask();
        await states.WaitForAsync(StreamState.Connected);

        await using var twice = events.SubscribeAsync("unique").Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => twice.MoveNextAsync().AsTask());
        Assert.Throws<ArgumentException>(() => events.SubscribeAsync());
        Assert.Equal(1, Fake.Streams.ConnectionCount(FakeStreamChannel.ManagerEvents));
    }

    [Fact]
    public async Task DisposingTheClient_ClosesTheConnectionWithAHandshake()
    {
        var events = Client.Streams.ManagerEvents;
        var states = new StateRecorder(events);
        var reading = Task.Run(async () =>
        {
            await foreach (var _ in events.SubscribeAsync("shutdown"))
            {
            }
        });
        await states.WaitForAsync(StreamState.Connected);

        await Client.DisposeAsync().AsTask().WaitAsync(Timeout);

        await reading.WaitAsync(Timeout);
        await EventuallyAsync(() => Fake.Streams.ConnectionCount(FakeStreamChannel.ManagerEvents) == 0, "the fake saw the close");
        var closed = await states.WaitForAsync(StreamState.Closed);
        Assert.Null(closed.Error);
        Assert.DoesNotContain(StreamState.Reconnecting, states.States);
    }

    protected override void Configure(CmfblOptions options) => options.Streams.ManagerEvents.Capacity = 3;
}

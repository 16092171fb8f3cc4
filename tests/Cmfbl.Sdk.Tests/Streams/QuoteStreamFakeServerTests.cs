using System.Text.Json.Nodes;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The quote stream end to end over real WebSockets against the fake: snapshots, pushes, reconnects, sharding, K-lines.</summary>
public sealed class QuoteStreamFakeServerTests : FakeServerStreamTest
{
    private static readonly QuoteSymbol Btc = new(1, TradeType.ContractCross);
    private static readonly QuoteSymbol Eth = new(2, TradeType.ContractCross);
    private static readonly TimeSpan UnansweredTimeout = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task SubscribeTickers_SnapshotThenLivePush_WithExactDecimals()
    {
        var quotes = Client.Streams.GuestQuotes;
        await using var ticks = quotes.SubscribeTickersAsync([Btc, Eth]).Open();

        var snapshot = new[] { await NextAsync(ticks), await NextAsync(ticks) };
        Fake.Streams.Market.SetQuote(1, 65010.10m, 65010.60m, price: 65010.35m);
        var live = await NextAsync(ticks);

        Assert.All(snapshot, t => Assert.True(t.IsSnapshot));
        Assert.Equal([65000.00m, 3500.10m], snapshot.OrderBy(t => t.Symbol.SymbolId).Select(t => t.Bid));
        Assert.Equal(2, snapshot.Single(t => t.Symbol == Btc).Day!.PriceDigits);
        Assert.False(live.IsSnapshot);
        Assert.Equal(Btc, live.Symbol);
        Assert.Equal("65010.10", live.Bid.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(65010.60m, live.Ask);
        Assert.Equal(65010.35m, live.Price);
        var request = Fake.Streams.ReceivedFrames.Single(f => Command(f.Text) == 14000);
        var symbols = JsonNode.Parse(request.Text)!["data"]!["symbol_list"]!.AsArray();
        Assert.Equal([1L, 2L], symbols.Select(s => (long)s!["symbol_id"]!));
        Assert.All(symbols, s => Assert.Equal(1, (int)s!["trade_mode"]!));
    }

    [Fact]
    public async Task ConnectionDroppedMidStream_ResumesWithTheSameSubscriptionsAndReportsTheGap()
    {
        var quotes = Client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var events = quotes.SubscribeAsync(new QuoteSubscription { Symbols = [Btc], Channels = QuoteChannels.Tickers | QuoteChannels.Market, DepthLevel = 5 }).Open();
        await NextAsync(events);
        await states.WaitForAsync(StreamState.Connected);

        Assert.Equal(1, Fake.Streams.DropConnections(FakeStreamChannel.Quotes));
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);
        await EventuallyAsync(() => Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 1, "the stream reconnected");
        Fake.Streams.Market.SetQuote(1, 64000.00m, 64000.50m);

        QuoteTick? tick = null;
        while (tick is not { IsSnapshot: false })
        {
            tick = await NextAsync(events) as QuoteTick ?? tick;
        }

        Assert.Equal(64000.00m, tick.Bid);
        var reconnecting = states.Changes.Single(c => c.State == StreamState.Reconnecting);
        Assert.IsType<CmfblServiceUnavailableException>(reconnecting.Error);
        Assert.NotNull(resubscribed.Gap);
        Assert.Equal(reconnecting.At, resubscribed.Gap!.Start);
        Assert.True(resubscribed.Gap.End >= resubscribed.Gap.Start);
        var subscriptions = Fake.Streams.ReceivedFrames.Where(f => Command(f.Text) != 14008).GroupBy(f => f.ConnectionId).ToList();
        Assert.Equal(2, subscriptions.Count);
        var first = subscriptions[0].Select(f => Data(f.Text)).Order().ToList();
        var second = subscriptions[1].Select(f => Data(f.Text)).Order().ToList();
        Assert.Equal(first, second);
        Assert.Contains(first, d => d.Contains("\"depth_level\":5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoSubscriptions_TheServiceSeesTheUnion_AndEndingOneKeepsTheOther()
    {
        var quotes = Client.Streams.GuestQuotes;
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        var eth = quotes.SubscribeTickersAsync([Eth]).Open();
        await NextAsync(eth);
        Assert.Contains("\"symbol_id\":1", LastTickerSubscription(), StringComparison.Ordinal);
        Assert.Contains("\"symbol_id\":2", LastTickerSubscription(), StringComparison.Ordinal);

        await eth.DisposeAsync();
        await EventuallyAsync(() => !LastTickerSubscription().Contains("\"symbol_id\":2", StringComparison.Ordinal), "the union no longer holds ETH");
        Fake.Streams.Market.SetQuote(2, 3600.00m, 3600.20m);
        Fake.Streams.Market.SetQuote(1, 65100.00m, 65100.50m);

        QuoteTick tick;
        do
        {
            tick = await NextAsync(btc);
        }
        while (tick.IsSnapshot);

        Assert.Equal(Btc, tick.Symbol);
        Assert.Equal(65100.00m, tick.Bid);
        Assert.Equal(1, Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes));
    }

    [Fact]
    public async Task CancellingTheEnumeration_UnsubscribesAndClosesTheConnection()
    {
        using var cancel = new CancellationTokenSource();
        var quotes = Client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        var read = Task.Run(async () =>
        {
            await foreach (var _ in quotes.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }, cancel.Token))
            {
            }
        });
        await states.WaitForAsync(StreamState.Connected);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(Timeout));
        await states.WaitForAsync(StreamState.Closed);
        await EventuallyAsync(() => Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 0, "the fake saw the connection close");
        Assert.Null(states.Changes.Single(c => c.State == StreamState.Closed).Error);
    }

    [Fact]
    public async Task MoreProductsThanOneConnectionCarries_AreSpreadOverMoreConnections()
    {
        for (var id = 10; id < 160; id++)
        {
            Fake.Streams.Market.SetQuote(id, 10.00m, 10.10m);
        }

        var symbols = Enumerable.Range(10, 150).Select(id => new QuoteSymbol(id, TradeType.ContractCross)).ToList();
        await using var ticks = Client.Streams.GuestQuotes.SubscribeTickersAsync(symbols).Open();
        var seen = new HashSet<QuoteSymbol>();
        while (seen.Count < 150)
        {
            seen.Add((await NextAsync(ticks)).Symbol);
        }

        Assert.Equal(2, Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes));
        var lists = Fake.Streams.ReceivedFrames.Where(f => f.Text.Contains("\"cmd_id\":14000", StringComparison.Ordinal))
            .Select(f => JsonNode.Parse(f.Text)!["data"]!["symbol_list"]!.AsArray().Count).Order().ToList();
        Assert.Equal([50, 100], lists);
    }

    [Fact]
    public async Task UnknownProduct_IsRefusedByTheService_AsATypedError()
    {
        var thrown = await Assert.ThrowsAsync<CmfblApiException>(async () =>
        {
            await foreach (var _ in Client.Streams.GuestQuotes.SubscribeTickersAsync([new QuoteSymbol(999, TradeType.ContractCross)]))
            {
            }
        }).WaitAsync(Timeout);

        Assert.Equal("202", thrown.Code);
        Assert.Contains("unknown symbol_id 999", thrown.Msg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductDelistedWhileDisconnected_ItsSubscriptionEndsWithTheServiceCode_TheOtherKeepsFlowing()
    {
        var quotes = Client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        await using var eth = quotes.SubscribeAsync(new QuoteSubscription { Symbols = [Eth], Channels = QuoteChannels.Market }).Open();
        await NextAsync(eth);
        await states.WaitForAsync(StreamState.Connected);
        Fake.Streams.ClearReceivedFrames();

        Fake.Streams.Market.Delist(1);
        Assert.Equal(1, Fake.Streams.DropConnections(FakeStreamChannel.Quotes));

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => DrainAsync(btc));
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);
        Fake.Streams.Market.SetQuote(2, 3600.00m, 3600.20m);
        QuoteDepth? depth = null;
        while (depth is not { IsSnapshot: false })
        {
            depth = await NextAsync(eth) as QuoteDepth ?? depth;
        }

        Assert.Equal("202", thrown.Code);
        Assert.Contains("unknown symbol_id 1", thrown.Msg, StringComparison.Ordinal);
        var refusedRequest = Fake.Streams.ReceivedFrames.Single(f => Command(f.Text) == 14000);
        Assert.Equal((string?)JsonNode.Parse(refusedRequest.Text)!["ext"], thrown.Trace);
        Assert.Same(thrown, resubscribed.Error);
        Assert.Equal(3600.00m, Assert.Single(depth.Bids).Price);
        Assert.Single(states.Changes, c => c.State == StreamState.Reconnecting);
        Assert.DoesNotContain(StreamState.Closed, states.States);
        Assert.Equal(1, Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes));
    }

    [Fact]
    public async Task OnlyProductDelistedWhileDisconnected_TheEnumerationEndsWithTheServiceCode_AndTheConnectionCloses()
    {
        var quotes = Client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        await states.WaitForAsync(StreamState.Connected);

        Fake.Streams.Market.Delist(1);
        Fake.Streams.DropConnections(FakeStreamChannel.Quotes);

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => DrainAsync(btc));
        var closed = await states.WaitForAsync(StreamState.Closed);
        await EventuallyAsync(() => Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes) == 0, "the fake saw the refused connection close");
        await EventuallyAsync(() => quotes.State is null, "the stream forgot the closed connection");

        Assert.Equal("202", thrown.Code);
        Assert.Same(thrown, closed.Error);
        Assert.Single(states.Changes, c => c.State == StreamState.Reconnecting);
    }

    [Fact]
    public async Task MarketChannel_BookAndTradesArrive()
    {
        await using var events = Client.Streams.GuestQuotes.SubscribeAsync(new QuoteSubscription { Symbols = [Eth], Channels = QuoteChannels.Market }).Open();
        var snapshot = Assert.IsType<QuoteDepth>(await NextAsync(events));

        Fake.Streams.Market.PushTrade(2, 3500.20m, 0.5m, direction: 2);
        var trade = Assert.IsType<QuoteTrade>(await NextAsync(events));
        Fake.Streams.Market.SetQuote(2, 3501.10m, 3501.30m);
        var depth = Assert.IsType<QuoteDepth>(await NextAsync(events));

        Assert.True(snapshot.IsSnapshot);
        Assert.Equal(3500.10m, Assert.Single(snapshot.Bids).Price);
        Assert.Equal(TradeDirection.Sell, trade.Direction);
        Assert.Equal(0.5m, trade.Volume);
        Assert.Equal(3501.30m, Assert.Single(depth.Asks).Price);
    }

    [Fact]
    public async Task Klines_CompressedAnswer_IsInflatedAndRead()
    {
        var series = await Client.Streams.GuestQuotes.GetKlinesAsync(new KlineQuery { Symbol = Btc, KlineType = KlineType.OneMinute, Count = 30 }).WaitAsync(Timeout);
        var batch = await Client.Streams.GuestQuotes.GetKlineBatchAsync([new KlineQuery { Symbol = Eth, KlineType = KlineType.OneMinute, Count = 2 }]).WaitAsync(Timeout);

        Assert.Equal(Btc, series.Symbol);
        Assert.Equal(30, series.Bars.Count);
        Assert.All(series.Bars, bar => Assert.Equal(65000.25m, bar.Close));
        Assert.Equal(Eth, Assert.Single(batch).Symbol);
        Assert.Equal(2, batch[0].Bars.Count);
    }

    [Fact]
    public async Task Klines_BadCount_IsRefusedBeforeAnythingIsSent()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Streams.GuestQuotes.GetKlinesAsync(new KlineQuery { Symbol = Btc, KlineType = KlineType.OneDay, Count = 1001 }));
        await Assert.ThrowsAsync<ArgumentException>(() => Client.Streams.GuestQuotes.GetKlineBatchAsync([]));
        Assert.Equal(0, Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes));
    }

    [Fact]
    public async Task MalformedFrameFromTheService_IsAnErrorEvent_AndTheNextTickStillArrives()
    {
        await using var events = Client.Streams.GuestQuotes.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        await NextAsync(events);

        Fake.Streams.SendText(FakeStreamChannel.Quotes, "p(1,1,garbage);");
        var error = Assert.IsType<QuoteStreamError>(await NextAsync(events));
        Fake.Streams.Market.SetQuote(1, 65000.10m, 65000.20m);
        var tick = Assert.IsType<QuoteTick>(await NextAsync(events));

        Assert.Equal("p(1,1,garbage);", error.Frame);
        Assert.Equal(65000.10m, tick.Bid);
    }

    [Fact]
    public async Task SlowConsumer_GetsTheLatestTickPerProduct_AndTheDropsAreCounted()
    {
        await using var ticks = Client.Streams.GuestQuotes.SubscribeTickersAsync([Btc, Eth]).Open();
        await NextAsync(ticks);
        await NextAsync(ticks);

        for (var i = 1; i <= 200; i++)
        {
            Fake.Streams.Market.SetQuote(1, 60000m + i, 60001m + i);
        }

        Fake.Streams.Market.SetQuote(2, 3000.00m, 3000.50m);
        var last = new Dictionary<QuoteSymbol, QuoteTick>();
        var received = 0;
        while (!(last.TryGetValue(Btc, out var btc) && btc.Bid == 60200m && last.ContainsKey(Eth)))
        {
            var tick = await NextAsync(ticks);
            last[tick.Symbol] = tick;
            received++;
        }

        Assert.True(received < 201, $"received {received} of 201 ticks: stale ticks should have been replaced while the consumer was not reading");
        Assert.Equal(3000.00m, last[Eth].Bid);
    }

    [Fact]
    public async Task StalledService_TheWatchdogReconnects_AndTheStreamResumesWhenTheServiceAnswersAgain()
    {
        // A quick watchdog for this test alone: on a loaded machine it may also fire before or after the stall, so the
        // test follows the states in order instead of assuming a single reconnect.
        await using var client = CreateClient(options =>
        {
            options.Streams.Quotes.HeartbeatInterval = TimeSpan.FromMilliseconds(100);
            options.Streams.Quotes.HeartbeatTimeout = TimeSpan.FromMilliseconds(400);
            options.Streams.Quotes.RequestTimeout = TimeSpan.FromMilliseconds(500);
        });
        var quotes = client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var ticks = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(ticks);
        var beforeStall = states.Changes.Count;

        Fake.Streams.StallHeartbeats(FakeStreamChannel.Quotes);
        // The heartbeat watchdog (or, on .NET 9+, the unanswered WebSocket ping) notices the silence.
        var lost = await states.WaitForAsync(StreamState.Reconnecting, skip: beforeStall);
        Fake.Streams.StallHeartbeats(FakeStreamChannel.Quotes, stalled: false);
        var back = await states.WaitForAsync(StreamState.Resubscribed, skip: states.IndexOf(lost) + 1);
        Fake.Streams.Market.SetQuote(1, 65555.00m, 65555.50m);

        await NextWithBidAsync(ticks, 65555.00m);

        Assert.IsType<CmfblServiceUnavailableException>(lost.Error);
        Assert.Equal(states.OutageStart(back).At, back.Gap!.Start);
    }

    [Fact]
    public async Task SubscriptionUnansweredOnAnOpenConnection_TheConnectionIsReopenedAndTheSubscriptionArrives()
    {
        // The request timeout is short for this test alone; the heartbeats keep their defaults, so only the unanswered
        // subscription can end the connection.
        await using var client = CreateClient(options => options.Streams.Quotes.RequestTimeout = UnansweredTimeout);
        var quotes = client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        await states.WaitForAsync(StreamState.Connected);
        var beforeIgnore = states.Changes.Count;
        Fake.Streams.ClearReceivedFrames();

        Fake.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Quotes);
        await using var eth = quotes.SubscribeTickersAsync([Eth]).Open();
        var snapshot = await NextAsync(eth);

        var lost = await states.WaitForAsync(StreamState.Reconnecting, skip: beforeIgnore);
        var back = await states.WaitForAsync(StreamState.Resubscribed, skip: states.IndexOf(lost) + 1);
        Assert.Equal(Eth, snapshot.Symbol);
        Assert.True(snapshot.IsSnapshot);
        var error = Assert.IsType<CmfblServiceUnavailableException>(lost.Error);
        Assert.Contains("did not answer subscription 14000", error.Message, StringComparison.Ordinal);
        Assert.Equal(states.OutageStart(back).At, back.Gap!.Start);
        var subscriptions = Fake.Streams.ReceivedFrames.Where(f => Command(f.Text) == 14000).ToList();
        var unanswered = subscriptions[0];
        Assert.Contains("\"symbol_id\":2", unanswered.Text, StringComparison.Ordinal);
        Assert.Contains(subscriptions, f => f.ConnectionId != unanswered.ConnectionId && f.Text.Contains("\"symbol_id\":1", StringComparison.Ordinal) && f.Text.Contains("\"symbol_id\":2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnsubscribeUnansweredOnAnOpenConnection_TheConnectionIsReopenedWithWhatIsStillWanted()
    {
        await using var client = CreateClient(options => options.Streams.Quotes.RequestTimeout = UnansweredTimeout);
        var quotes = client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        var eth = quotes.SubscribeTickersAsync([Eth]).Open();
        await NextAsync(eth);
        var beforeIgnore = states.Changes.Count;
        Fake.Streams.ClearReceivedFrames();

        Fake.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Quotes);
        await eth.DisposeAsync();

        var lost = await states.WaitForAsync(StreamState.Reconnecting, skip: beforeIgnore);
        await states.WaitForAsync(StreamState.Resubscribed, skip: states.IndexOf(lost) + 1);
        Fake.Streams.Market.SetQuote(1, 65200.00m, 65200.50m);
        await NextWithBidAsync(btc, 65200.00m);

        Assert.Contains("did not answer subscription 14000", lost.Error!.Message, StringComparison.Ordinal);
        var subscriptions = Fake.Streams.ReceivedFrames.Where(f => Command(f.Text) == 14000).ToList();
        Assert.All(subscriptions, f => Assert.DoesNotContain("\"symbol_id\":2", f.Text, StringComparison.Ordinal));
        Assert.NotEqual(subscriptions[0].ConnectionId, subscriptions[^1].ConnectionId);
    }

    [Fact]
    public async Task SubscribeCancelledWhileItsAnswerIsPending_IsACancellation_AndTheConnectionStaysOpen()
    {
        var quotes = Client.Streams.GuestQuotes;
        var states = new StateRecorder(quotes);
        await using var btc = quotes.SubscribeTickersAsync([Btc]).Open();
        await NextAsync(btc);
        await states.WaitForAsync(StreamState.Connected);
        Fake.Streams.IgnoreNextSubscriptions(FakeStreamChannel.Quotes);
        using var cancel = new CancellationTokenSource();
        var eth = quotes.SubscribeTickersAsync([Eth], cancel.Token).GetAsyncEnumerator();
        var first = eth.MoveNextAsync().AsTask();
        await EventuallyAsync(() => Fake.Streams.ReceivedFrames.Any(f => Command(f.Text) == 14000 && f.Text.Contains("\"symbol_id\":2", StringComparison.Ordinal)), "the fake received the subscription it leaves unanswered");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.WaitAsync(Timeout));
        await eth.DisposeAsync();
        Fake.Streams.Market.SetQuote(1, 65300.00m, 65300.50m);
        await NextWithBidAsync(btc, 65300.00m);

        Assert.DoesNotContain(StreamState.Reconnecting, states.States);
        Assert.Equal(1, Fake.Streams.ConnectionCount(FakeStreamChannel.Quotes));
    }

    /// <summary>Reads until the enumeration ends (each read bounded): throws what ended it.</summary>
    private static async Task DrainAsync<T>(IAsyncEnumerator<T> events)
    {
        while (await events.MoveNextAsync().AsTask().WaitAsync(Timeout))
        {
        }
    }

    /// <summary>Reads ticks until one with <paramref name="bid"/> arrives (each read bounded).</summary>
    private static async Task NextWithBidAsync(IAsyncEnumerator<QuoteTick> ticks, decimal bid)
    {
        QuoteTick tick;
        do
        {
            tick = await NextAsync(ticks);
        }
        while (tick.Bid != bid);
    }

    private string LastTickerSubscription() =>
        Fake.Streams.ReceivedFrames.Last(f => f.Text.Contains("\"cmd_id\":14000", StringComparison.Ordinal)).Text;

    private static int Command(string frame) => (int)JsonNode.Parse(frame)!["cmd_id"]!;

    private static string Data(string frame) => JsonNode.Parse(frame)!["data"]!.ToJsonString() + Command(frame);
}

using System.Net;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>
/// The connection state machine on an in-memory network with a fake clock: heartbeat watchdog, gap timestamps, token
/// refusal and renewal, backoff. Timing is driven by <see cref="FakeTimeProvider"/>, never by the wall clock.
/// </summary>
public sealed class QuoteStreamConnectionTests
{
    private static readonly QuoteSymbol Btc = new(1, TradeType.ContractCross);
    private static readonly QuoteSymbol Eth = new(2, TradeType.ContractCross);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly InMemorySockets _network = new();
    private readonly CmfblOptions _options = StreamTestOptions.Create();

    [Fact]
    public async Task SilentSocket_AfterTheHeartbeatTimeout_ReconnectsResubscribesAndReportsTheGapOnTheFakeClock()
    {
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var first = quotes.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        var subscribe = await socket.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Connected);

        // Three heartbeats go unanswered; the fourth tick finds 40 s of silence (> 30 s) and drops the connection.
        for (var i = 0; i < 3; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(QuoteFrames.Heartbeat, (int)JsonNode.Parse(await socket.NextAsync())!["cmd_id"]!);
        }

        var lostAt = _time.GetUtcNow() + TimeSpan.FromSeconds(10);
        _time.Advance(TimeSpan.FromSeconds(10));
        var reconnecting = await states.WaitForAsync(StreamState.Reconnecting);
        Assert.IsType<CmfblServiceUnavailableException>(reconnecting.Error);
        Assert.Contains("heartbeat watchdog", reconnecting.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(lostAt, reconnecting.At);

        var again = await _network.AcceptAsync();
        _time.Advance(TimeSpan.FromSeconds(2));
        var resubscribe = await again.AnswerQuoteRequestAsync();
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);

        Assert.Equal(subscribe["data"]!.ToJsonString(), resubscribe["data"]!.ToJsonString());
        Assert.Equal(new StreamGap(lostAt, lostAt + TimeSpan.FromSeconds(2)), resubscribed.Gap);
        Assert.Equal([StreamState.Connecting, StreamState.Connected, StreamState.Reconnecting, StreamState.Resubscribed], states.States);

        again.Push("p(1,1,1,9,1700000000000,65000.5,65000.25,65000.75,1,2);");
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(65000.25m, Assert.IsType<QuoteTick>(quotes.Current).Bid);
    }

    [Fact]
    public async Task RefusedToken_IsRenewedOnceAndTheStreamConnectsWithTheNewOne()
    {
        var issued = 0;
        var credentials = StreamCredentials.FromTokenProvider(_ => Task.FromResult($"token-{Interlocked.Increment(ref issued)}"));
        _network.Refuse = request => request.Address.Query.Contains("token-1", StringComparison.Ordinal)
            ? new StreamConnectException("refused", HttpStatusCode.Unauthorized)
            : null;
        await using var stream = Stream(credentials.Tokens);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        _ = quotes.MoveNextAsync().AsTask();

        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Connected);

        Assert.Equal(2, issued);
        Assert.Equal(["/apiQuote/quote?token=token-1", "/apiQuote/quote?token=token-2"], _network.Requests.Select(r => r.Address.PathAndQuery));
        var renewing = await states.WaitForAsync(StreamState.Reconnecting);
        Assert.IsType<CmfblAuthenticationException>(renewing.Error);
        Assert.DoesNotContain("token-1", renewing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRefusedEveryTime_FailsTheSubscriptionWithAnAuthenticationError()
    {
        var credentials = StreamCredentials.FromTokenProvider(_ => Task.FromResult("always-refused"));
        _network.Refuse = _ => new StreamConnectException("refused", HttpStatusCode.Forbidden);
        await using var stream = Stream(credentials.Tokens);
        var states = new StateRecorder(stream);

        var thrown = await Assert.ThrowsAsync<CmfblAuthenticationException>(async () =>
        {
            await foreach (var _ in stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }))
            {
            }
        }).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(StreamErrors.TokenRefusedCode, thrown.Code);
        Assert.Equal(_options.Streams.MaxTokenRefusals + 1, _network.Requests.Count);
        Assert.Equal(StreamState.Closed, (await states.WaitForAsync(StreamState.Closed)).State);
    }

    [Fact]
    public async Task FailedHandshakes_FirstRetryImmediate_LaterOnesWaitTheBackoffOnTheFakeClock()
    {
        FailHandshakes(3);
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        _ = quotes.MoveNextAsync().AsTask();

        await states.WaitForAsync(c => c.State == StreamState.Reconnecting && c.Attempt == 3);
        Assert.Equal(2, _network.Requests.Count);

        // The third attempt waits a jittered delay of at most 1 s: nothing happens until the clock moves.
        await Task.Delay(50);
        Assert.Equal(2, _network.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(1));
        await states.WaitForAsync(c => c.State == StreamState.Reconnecting && c.Attempt == 4);
        Assert.Equal(3, _network.Requests.Count);
        _time.Advance(TimeSpan.FromSeconds(1));
        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync();

        await states.WaitForAsync(StreamState.Connected);
        Assert.All(states.Changes.Where(c => c.State == StreamState.Reconnecting), c => Assert.IsType<CmfblServiceUnavailableException>(c.Error));
    }

    [Fact]
    public async Task SendFailsOnAnOpenConnection_TheSubscriptionIsNotThrownAsASocketError_TheNewConnectionSendsIt()
    {
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        await using var btc = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        _ = btc.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Connected);

        socket.FailSends = true;
        await using var eth = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Eth] }).Open();
        var first = eth.MoveNextAsync().AsTask();
        var again = await _network.AcceptAsync();
        var resubscribe = await again.AnswerQuoteRequestAsync();
        await states.WaitForAsync(StreamState.Resubscribed);
        again.Push("p(2,1,1,9,1700000000000,3500.5,3500.25,3500.75,1,2);");

        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Eth, eth.Current.Symbol);
        var reconnecting = states.Changes.Single(c => c.State == StreamState.Reconnecting);
        Assert.IsType<CmfblServiceUnavailableException>(reconnecting.Error);
        Assert.Contains("dropped while sending (WebSocketException)", reconnecting.Error!.Message, StringComparison.Ordinal);
        Assert.Equal([1L, 2L], resubscribe["data"]!["symbol_list"]!.AsArray().Select(s => (long)s!["symbol_id"]!).Order());
    }

    [Fact]
    public async Task RefusedSubscription_FailsTheEnumerationWithTheServiceCode()
    {
        await using var stream = Stream(tokens: null);
        var subscription = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var first = subscription.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync(ret: 202);

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("202", thrown.Code);
        Assert.Contains("request data param invalid", thrown.Message, StringComparison.Ordinal);
        await subscription.DisposeAsync();
    }

    [Fact]
    public async Task RefusedWhenResubscribingAfterADrop_ThatProtocolsSubscriptionEndsWithTheRefusal_TheRestIsSentAgainAndFlows()
    {
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        var (ticks, tick, socket) = await ConnectTickersAsync(stream, states);
        await using var subscription = ticks;
        await using var book = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Eth], Channels = QuoteChannels.Market }).Open();
        var depth = book.MoveNextAsync().AsTask();
        await AnswerAsync(socket, 2);

        socket.Drop();
        var again = await _network.AcceptAsync();
        var resent = await AnswerAsync(again, 2, cmd => cmd == QuoteFrames.SubscribeTickers ? 202 : 200);
        var retried = await AnswerAsync(again, 1);
        var resubscribed = await states.WaitForAsync(StreamState.Resubscribed);
        again.Push("pd(2,1,1,9,1700000000000);(3500.1,1);(3500.3,2);");

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => tick.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await depth.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3500.1m, Assert.Single(Assert.IsType<QuoteDepth>(book.Current).Bids).Price);
        Assert.Equal("202", thrown.Code);
        Assert.Equal((string?)resent.Single(r => (int)r["cmd_id"]! == QuoteFrames.SubscribeTickers)["ext"], thrown.Trace);
        Assert.Same(thrown, resubscribed.Error);
        Assert.Equal([QuoteFrames.SubscribeMarket], retried.Select(r => (int)r["cmd_id"]!));
        Assert.Equal([StreamState.Connecting, StreamState.Connected, StreamState.Reconnecting, StreamState.Resubscribed], states.States);
        Assert.Equal(2, _network.Requests.Count);
    }

    [Fact]
    public async Task RefusedOnTheFirstConnection_OnlyTheSubscriptionsOfTheRefusedProtocolEnd_TheStreamConnectsWithTheRest()
    {
        // Two failed handshakes hold the first connection in its backoff (fake clock) until both subscriptions are in.
        FailHandshakes(2);
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        await using var ticks = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var tick = ticks.MoveNextAsync().AsTask();
        await states.WaitForAsync(c => c.State == StreamState.Reconnecting && c.Attempt == 3);
        await using var book = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Eth], Channels = QuoteChannels.Market }).Open();
        var depth = book.MoveNextAsync().AsTask();

        _time.Advance(TimeSpan.FromSeconds(1));
        var socket = await _network.AcceptAsync();
        await AnswerAsync(socket, 2, cmd => cmd == QuoteFrames.SubscribeTickers ? 202 : 200);
        var retried = await AnswerAsync(socket, 1);
        var connected = await states.WaitForAsync(StreamState.Connected);
        socket.Push("pd(2,1,1,9,1700000000000);(3500.1,1);(3500.3,2);");

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => tick.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(await depth.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.IsType<QuoteDepth>(book.Current);
        Assert.Equal("202", thrown.Code);
        Assert.Same(thrown, connected.Error);
        Assert.Equal([QuoteFrames.SubscribeMarket], retried.Select(r => (int)r["cmd_id"]!));
    }

    [Fact]
    public async Task EverythingRefusedWhenResubscribingAfterADrop_TheConnectionClosesWithTheRefusal_WithoutReconnecting()
    {
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        var (ticks, tick, socket) = await ConnectTickersAsync(stream, states);
        await using var subscription = ticks;

        socket.Drop();
        var again = await _network.AcceptAsync();
        await AnswerAsync(again, 1, _ => 202);

        var thrown = await Assert.ThrowsAsync<CmfblApiException>(() => tick.WaitAsync(TimeSpan.FromSeconds(10)));
        var closed = await states.WaitForAsync(StreamState.Closed);
        Assert.Equal("202", thrown.Code);
        Assert.Same(thrown, closed.Error);
        Assert.Equal([StreamState.Connecting, StreamState.Connected, StreamState.Reconnecting, StreamState.Closed], states.States);
        Assert.Equal(2, _network.Requests.Count);
    }

    [Fact]
    public async Task MalformedFrame_ArrivesAsAnErrorEventAndTheStreamGoesOn()
    {
        await using var stream = Stream(tokens: null);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var first = quotes.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await socket.AnswerQuoteRequestAsync();

        socket.Push("p(1,1,1,oops);");
        socket.Push("{\"ret\":200,");
        socket.PushBinary([1, 2, 3]);
        socket.Push("p(1,1,1,2,3,4.5,4.25,4.75,1,1);");

        var received = new List<QuoteEvent>();
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        received.Add(quotes.Current);
        while (received.Count < 4)
        {
            Assert.True(await quotes.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
            received.Add(quotes.Current);
        }

        Assert.All(received.Take(3), q => Assert.IsType<CmfblProtocolException>(Assert.IsType<QuoteStreamError>(q).Error));
        Assert.Equal("p(1,1,1,oops);", ((QuoteStreamError)received[0]).Frame);
        Assert.Equal(4.25m, Assert.IsType<QuoteTick>(received[3]).Bid);
    }

    /// <summary>Subscribes to BTC's tickers, starts waiting for the first event, answers the subscription and waits for Connected.</summary>
    /// <summary>An answer whose envelope reads but whose data does not still settles its request, before the request timeout (the fake clock never gets there).</summary>
    [Fact]
    public async Task GetKlinesAsync_AnswerWithUnreadableData_ThrowsProtocolErrorWithoutWaitingForTheTimeout()
    {
        await using var stream = Stream(tokens: null);
        var query = stream.GetKlinesAsync(new KlineQuery { Symbol = Btc, KlineType = KlineType.OneMinute, Count = 2 });
        var socket = await _network.AcceptAsync();
        var request = (JsonObject)JsonNode.Parse(await socket.NextAsync())!;

        socket.Push($$$"""{"ret":200,"msg":"ok","cmd_id":14013,"seq_id":{{{(long)request["seq_id"]!}}},"data":{"symbol_id":1,"kline_list":[{"timestamp":253402300800}]}}""");

        var error = await Assert.ThrowsAsync<CmfblProtocolException>(() => query.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("documented shape", error.Message, StringComparison.Ordinal);
        Assert.Single(_network.Requests);
    }

    [Fact]
    public async Task SubscribeAsync_SnapshotUnreadable_IsAnErrorEventAndTheSubscriptionStands()
    {
        await using var stream = Stream(tokens: null);
        var states = new StateRecorder(stream);
        await using var quotes = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var first = quotes.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        var request = (JsonObject)JsonNode.Parse(await socket.NextAsync())!;

        socket.Push($$$"""{"ret":200,"msg":"ok","cmd_id":14001,"seq_id":{{{(long)request["seq_id"]!}}},"data":{"tick_list":[{"symbol_id":1,"price":{}}]}}""");
        await states.WaitForAsync(StreamState.Connected);
        socket.Push("p(1,1,1,9,1700000000000,65000.5,65000.25,65000.75,1,2);");

        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.IsType<CmfblProtocolException>(Assert.IsType<QuoteStreamError>(quotes.Current).Error);
        Assert.True(await quotes.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(9, Assert.IsType<QuoteTick>(quotes.Current).Seq);
        Assert.Single(_network.Requests);
    }

    private async Task<(OpenSubscription<QuoteEvent> Ticks, Task<bool> First, InMemorySocket Socket)> ConnectTickersAsync(QuoteStream stream, StateRecorder states)
    {
        var ticks = stream.SubscribeAsync(new QuoteSubscription { Symbols = [Btc] }).Open();
        var first = ticks.MoveNextAsync().AsTask();
        var socket = await _network.AcceptAsync();
        await AnswerAsync(socket, 1);
        await states.WaitForAsync(StreamState.Connected);
        return (ticks, first, socket);
    }

    /// <summary>Fails the next <paramref name="count"/> handshakes; the backoff after the first retry is 1 s on the fake clock.</summary>
    private void FailHandshakes(int count)
    {
        _network.Refuse = _ => Interlocked.Decrement(ref count) >= 0 ? new StreamConnectException("unreachable", (HttpStatusCode?)null) : null;
        _options.Streams.ReconnectBaseDelay = TimeSpan.FromSeconds(1);
        _options.Streams.ReconnectMaxDelay = TimeSpan.FromSeconds(1);
    }

    /// <summary>Answers the next <paramref name="count"/> quote requests (heartbeats aside) with the <c>ret</c> <paramref name="ret"/> gives per <c>cmd_id</c> (200 by default); returns them.</summary>
    private static async Task<List<JsonObject>> AnswerAsync(InMemorySocket socket, int count, Func<int, int>? ret = null)
    {
        var requests = new List<JsonObject>();
        while (requests.Count < count)
        {
            var request = (JsonObject)JsonNode.Parse(await socket.NextAsync())!;
            var cmd = (int)request["cmd_id"]!;
            if (cmd != QuoteFrames.Heartbeat)
            {
                socket.Answer(request, ret?.Invoke(cmd) ?? 200);
                requests.Add(request);
            }
        }

        return requests;
    }

    private QuoteStream Stream(Cmfbl.Sdk.Http.Internal.ITokenSource? tokens) =>
        new(new StreamRuntime(_options, _time, NullLogger.Instance, _network) { Random = new Random(7) }, tokens, QuoteMarket.CryptoAndForex);
}

using System.Text.Json.Nodes;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>
/// An answer whose envelope reads (<c>ret</c> 200, its <c>seq_id</c>) but whose data does not: the request it answers
/// is settled at once, on a fake clock that never reaches the request timeout, and the connection stays.
/// </summary>
public sealed class QuoteUnreadableAnswerTests
{
    private static readonly QuoteSymbol Btc = new(1, TradeType.ContractCross);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    private readonly InMemorySockets _network = new();

    [Fact]
    public async Task GetKlinesAsync_AnswerWithUnreadableData_ThrowsProtocolErrorWithoutWaitingForTheTimeout()
    {
        await using var stream = Stream();
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
        await using var stream = Stream();
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

    private QuoteStream Stream() =>
        new(new StreamRuntime(StreamTestOptions.Create(), _time, NullLogger.Instance, _network) { Random = new Random(7) }, tokens: null, QuoteMarket.CryptoAndForex);
}

using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The quote service's JSON answers, as the market-data pages show them (trailing commas removed).</summary>
public sealed class QuoteReplyReaderTests
{
    private const string TickerSnapshot = """
        {"ret":200,"msg":"ok","cmd_id":14001,"seq_id":123,"ext":"3baaa938-f92c-4a74-a228-fd49d5e2f8bc-1678419657806",
         "data":{"tick_list":[{"symbol_id":123,"trade_type":1,"trade_mode":0,"seq":1605509068000001,"tick_time":1605509068,
           "price_digits":2,"price":"651.12","tick_deep":[{"price_bid":"9.12","price_ask":"147.12","volume_bid":"9.12","volume_ask":"147.12"}],
           "open_price":"651.12","close_price":"623.12","high_price":"674.12","low_price":"619.12","yesterday_close_price":"623.12"}]}}
        """;

    private const string MarketSnapshot = """
        {"ret":200,"msg":"ok","cmd_id":14011,"seq_id":123,"ext":"x",
         "data":{"tick_list":[{"symbol_id":123,"trade_type":1,"trade_mode":0,"seq":1605509068000001,"tick_time":1605509068,"price_digits":2,
           "bid_deep":[{"price_bid":"9.12","volume_bid":"9.12"}],"ask_deep":[{"price_ask":"147.12","volume_ask":"147.12"}],
           "trade_info":[{"price":"651.12","volume":"100","trade_direction":1,"trade_time":1605509068}]}]}}
        """;

    private const string Klines = """
        {"ret":200,"msg":"ok","cmd_id":14013,"seq_id":123,"ext":"x",
         "data":{"symbol_id":1123,"trade_type":1,"trade_mode":0,"kline_type":1,"price_digits":2,
           "kline_list":[{"timestamp":1605509068,"open_price":"651.12","close_price":"623.12","high_price":"674.12","low_price":"619.12",
             "last_tick_time":1605509068000001,"last_tick_seq":1605509068000001,"transactions_number":"12345.6"}]}}
        """;

    [Fact]
    public void ReadEnvelope_DocumentedAnswer_ReadsRetCommandSequenceAndTrace()
    {
        var reply = QuoteReplyReader.ReadEnvelope(Bytes(TickerSnapshot), out var data);

        Assert.Equal(new QuoteReply(200, "ok", 14001, 123, "3baaa938-f92c-4a74-a228-fd49d5e2f8bc-1678419657806"), reply);
        Assert.True(reply.Succeeded);
        Assert.StartsWith("{\"tick_list\"", Encoding.UTF8.GetString(data), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadEnvelope_RefusedAnswerWithNumbersAsStrings_ReadsTheCode()
    {
        var reply = QuoteReplyReader.ReadEnvelope("""{"ret":"202","msg":"request data param invalid","cmd_id":"14001","seq_id":"7"}"""u8, out var data);

        Assert.Equal(202, reply.Ret);
        Assert.False(reply.Succeeded);
        Assert.Equal(7, reply.SeqId);
        Assert.True(data.IsEmpty);
    }

    [Theory]
    [InlineData("""{"ret":200}""")]
    [InlineData("""{"ret":200,"cmd_id":14001""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"ret":200,"cmd_id":"abc"}""")]
    public void ReadEnvelope_NotTheDocumentedShape_Throws(string json) =>
        Assert.ThrowsAny<JsonException>(() => QuoteReplyReader.ReadEnvelope(Bytes(json), out _));

    [Fact]
    public void ReadTickSnapshot_DocumentedExample_ReadsOneSnapshotTick()
    {
        QuoteReplyReader.ReadEnvelope(Bytes(TickerSnapshot), out var data);
        var sink = new QuoteSink();

        QuoteReplyReader.ReadTickSnapshot(data, sink);

        var tick = Assert.IsType<QuoteTick>(Assert.Single(sink.Quotes));
        Assert.Equal(new QuoteSymbol(123, TradeType.ContractCross), tick.Symbol);
        Assert.True(tick.IsSnapshot);
        Assert.Equal(1605509068000001, tick.Seq);
        Assert.Equal(2, tick.Day!.PriceDigits);
        Assert.Equal(651.12m, tick.Price);
        Assert.Equal(9.12m, tick.Bid);
        Assert.Equal(147.12m, tick.Ask);
        Assert.Equal(651.12m, tick.Day.OpenPrice);
        Assert.Equal(623.12m, tick.Day.ClosePrice);
        Assert.Equal(674.12m, tick.Day.HighPrice);
        Assert.Equal(619.12m, tick.Day.LowPrice);
        Assert.Equal(623.12m, tick.Day.YesterdayClosePrice);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1605509068), tick.Timestamp);
    }

    [Fact]
    public void ReadMarketSnapshot_DocumentedExample_ReadsTheBookAndItsTrades()
    {
        QuoteReplyReader.ReadEnvelope(Bytes(MarketSnapshot), out var data);
        var sink = new QuoteSink();

        QuoteReplyReader.ReadMarketSnapshot(data, sink);

        Assert.Collection(
            sink.Quotes,
            book =>
            {
                var depth = Assert.IsType<QuoteDepth>(book);
                Assert.True(depth.IsSnapshot);
                Assert.Equal([new(9.12m, 9.12m)], depth.Bids);
                Assert.Equal([new(147.12m, 147.12m)], depth.Asks);
            },
            trade =>
            {
                var fill = Assert.IsType<QuoteTrade>(trade);
                Assert.Equal(new QuoteSymbol(123, TradeType.ContractCross), fill.Symbol);
                Assert.Equal(651.12m, fill.Price);
                Assert.Equal(100m, fill.Volume);
                Assert.Equal(TradeDirection.Buy, fill.Direction);
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1605509068), fill.Timestamp);
            });
    }

    [Fact]
    public void ReadRollingSnapshot_ListOfRollingValues_ReadsEach()
    {
        var sink = new QuoteSink();

        QuoteReplyReader.ReadRollingSnapshot(
            """{"tick_list":[{"symbol_id":5,"trade_type":5,"trade_mode":3,"rolling_last_price":"10.5","rolling_first_price":"10","rolling_high_price":"11","rolling_low_price":"9.5","rolling_transactions_number":"100","rolling_amount":"1000.25"}]}"""u8,
            sink);

        var stats = Assert.IsType<QuoteRollingStats>(Assert.Single(sink.Quotes));
        Assert.Equal(new QuoteSymbol(5, TradeType.Spot), stats.Symbol);
        Assert.Equal(10.5m, stats.LastPrice);
        Assert.Equal(1000.25m, stats.Amount);
    }

    [Fact]
    public void ReadKlines_DocumentedExample_ReadsTheSeries()
    {
        QuoteReplyReader.ReadEnvelope(Bytes(Klines), out var data);

        var series = QuoteReplyReader.ReadKlines(data);

        Assert.Equal(new QuoteSymbol(1123, TradeType.ContractCross), series.Symbol);
        Assert.Equal(KlineType.OneMinute, series.KlineType);
        Assert.Equal(2, series.PriceDigits);
        var bar = Assert.Single(series.Bars);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1605509068), bar.Time);
        Assert.Equal(651.12m, bar.Open);
        Assert.Equal(623.12m, bar.Close);
        Assert.Equal(674.12m, bar.High);
        Assert.Equal(619.12m, bar.Low);
        Assert.Equal(1605509068000001, bar.LastTickSeq);
        Assert.Equal(12345.6m, bar.Volume);
    }

    [Fact]
    public void ReadKlineBatch_TwoSeries_ReadsBoth()
    {
        var batch = QuoteReplyReader.ReadKlineBatch(
            """{"data_list":[{"symbol_id":1,"trade_type":1,"kline_type":8,"kline_list":[]},{"symbol_id":2,"trade_type":5,"kline_type":8,"kline_list":[{"timestamp":1,"open_price":1,"close_price":2,"high_price":3,"low_price":0.5,"transactions_number":4}]}]}"""u8);

        Assert.Equal(2, batch.Count);
        Assert.Empty(batch[0].Bars);
        Assert.Equal(KlineType.OneDay, batch[1].KlineType);
        Assert.Equal(0.5m, Assert.Single(batch[1].Bars).Low);
    }

    [Theory]
    [InlineData("""{"tick_list":[{"symbol_id":1,"price":"abc"}]}""")]
    [InlineData("""{"tick_list":[1,2]}""")]
    [InlineData("""{"tick_list":[{"symbol_id":{"x":1}}]}""")]
    public void ReadTickSnapshot_WrongShape_Throws(string data) =>
        Assert.ThrowsAny<JsonException>(() => QuoteReplyReader.ReadTickSnapshot(Bytes(data), new QuoteSink()));

    [Theory]
    [InlineData("253402300800")]
    [InlineData("-62135596801")]
    [InlineData("9223372036854775807")]
    public void ReadKlines_TimestampOutsideTheCalendar_ThrowsJsonException(string timestamp) =>
        Assert.ThrowsAny<JsonException>(() => QuoteReplyReader.ReadKlines(Bytes($$"""{"symbol_id":1,"kline_type":1,"kline_list":[{"timestamp":{{timestamp}},"open_price":"1"}]}""")));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}

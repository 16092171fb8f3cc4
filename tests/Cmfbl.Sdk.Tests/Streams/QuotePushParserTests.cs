using System.Text;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Every text push format of the vendor's market-data pages and client, and malformed variants.</summary>
public sealed class QuotePushParserTests
{
    [Fact]
    public void Parse_DocumentedTickerPush_ReadsEveryField()
    {
        var tick = Assert.IsType<QuoteTick>(Single("p(1123,1,0,1232312,34545435345,6.23,6.23,6.24,123,234);"));

        Assert.Equal(new QuoteSymbol(1123, TradeType.ContractCross), tick.Symbol);
        Assert.Equal(QuoteTradeMode.Unspecified, tick.TradeMode);
        Assert.Equal(1232312, tick.Seq);
        Assert.Equal(34545435345, tick.TickTime);
        Assert.Equal(6.23m, tick.Price);
        Assert.Equal(6.23m, tick.Bid);
        Assert.Equal(6.24m, tick.Ask);
        Assert.Equal(123m, tick.BidVolume);
        Assert.Equal(234m, tick.AskVolume);
        Assert.False(tick.IsSnapshot);
        Assert.Null(tick.Day);
    }

    [Fact]
    public void Parse_TickerPush_KeepsTheScaleAndExactValue()
    {
        var tick = Assert.IsType<QuoteTick>(Single("p(1,1,1,7,1700000000000,65000.50,0.1000000000000000000001,65000.10,0.30,1);"));

        Assert.Equal("65000.50", tick.Price.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.1000000000000000000001m, tick.Bid);
        Assert.Equal(QuoteTradeMode.MarketMaker, tick.TradeMode);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000), tick.Timestamp);
    }

    [Fact]
    public void Parse_OlderNineValueTickerPush_ReadsWithoutTradeMode()
    {
        var tick = Assert.IsType<QuoteTick>(Single("p(37,3,1232312,1605509068,7.23,7.23,7.24,5,6);"));

        Assert.Equal(new QuoteSymbol(37, TradeType.Leverage), tick.Symbol);
        Assert.Equal(1232312, tick.Seq);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1605509068), tick.Timestamp);
        Assert.Equal(7.24m, tick.Ask);
        Assert.Equal(6m, tick.AskVolume);
    }

    [Fact]
    public void Parse_DocumentedTradePush_ReadsEveryField()
    {
        var trade = Assert.IsType<QuoteTrade>(Single("pt(1123,1,0,1232312,34545435345,6.23,1000,1);"));

        Assert.Equal(new QuoteSymbol(1123, TradeType.ContractCross), trade.Symbol);
        Assert.Equal(1232312, trade.Seq);
        Assert.Equal(6.23m, trade.Price);
        Assert.Equal(1000m, trade.Volume);
        Assert.Equal(TradeDirection.Buy, trade.Direction);
    }

    [Fact]
    public void Parse_DocumentedDepthPush_ReadsBothSides()
    {
        var depth = Assert.IsType<QuoteDepth>(Single("pd(1123,1,0,1232312,34545435345);(6.23,123)(6.22,256);(6.24,111)(6.25,222);"));

        Assert.Equal([new(6.23m, 123m), new(6.22m, 256m)], depth.Bids);
        Assert.Equal([new(6.24m, 111m), new(6.25m, 222m)], depth.Asks);
        Assert.Equal(34545435345, depth.TickTime);
    }

    [Fact]
    public void Parse_DocumentedDepthPushWithSpaces_ReadsBothSides()
    {
        var depth = Assert.IsType<QuoteDepth>(Single("pd(1123,1,0,1232312,34545435345) ;(6.23,123)(6.22,256);(6.24,111)(6.25,222)(6.25,333);"));

        Assert.Equal(2, depth.Bids.Count);
        Assert.Equal(3, depth.Asks.Count);
        Assert.Equal(new QuoteLevel(6.25m, 333m), depth.Asks[2]);
    }

    [Fact]
    public void Parse_DocumentedDepthPushWithNoBids_ReadsAnEmptySide()
    {
        var depth = Assert.IsType<QuoteDepth>(Single("pd(1123,1,0,1232312,34545435345);;(6.24,111)( 6.25,222)(6.25,333);"));

        Assert.Empty(depth.Bids);
        Assert.Equal([new(6.24m, 111m), new(6.25m, 222m), new(6.25m, 333m)], depth.Asks);
    }

    [Fact]
    public void Parse_RollingPushWithSeveralProducts_ReadsEach()
    {
        var sink = Parse("pr(1,1,1,65000.5,64000,66000.25,63900,1234.5,80000000.75);pr(2,5,3,3500,3400,3600,3390,10,35000);", out var error);

        Assert.Null(error);
        Assert.Collection(
            sink.Quotes.Cast<QuoteRollingStats>(),
            first =>
            {
                Assert.Equal(new QuoteSymbol(1, TradeType.ContractCross), first.Symbol);
                Assert.Equal(65000.5m, first.LastPrice);
                Assert.Equal(64000m, first.FirstPrice);
                Assert.Equal(66000.25m, first.HighPrice);
                Assert.Equal(63900m, first.LowPrice);
                Assert.Equal(1234.5m, first.Volume);
                Assert.Equal(80000000.75m, first.Amount);
            },
            second =>
            {
                Assert.Equal(new QuoteSymbol(2, TradeType.Spot), second.Symbol);
                Assert.Equal(QuoteTradeMode.Matching, second.TradeMode);
            });
    }

    [Theory]
    [InlineData("p(1,1,1,1,1,6.23,6.23,6.24,123", "closing parenthesis")]
    [InlineData("p(1,1,1,1,1,6.23,6.23,6.24);", "10 values")]
    [InlineData("p(1,1,1,1,1,abc,6.23,6.24,1,1);", "not a number")]
    [InlineData("p(1,1,1,1,1,6.23,,6.24,1,1);", "not a number")]
    [InlineData("p(x,1,1,1,1,6.23,6.23,6.24,1,1);", "product id")]
    [InlineData("p(1,1,1,1,1,6.2.3,6.23,6.24,1,1);", "not a number")]
    [InlineData("pt(1,1,1,1,1,6.23,100);", "8 values")]
    [InlineData("pt(1,1,1,1,1,6.23,100,up);", "not a number")]
    [InlineData("pd(1,1,1,1,1);(6.23 123);;", "book level")]
    [InlineData("pd(1,1,1,1,1)", "no book")]
    [InlineData("pd(1,1,1,1);(6.23,1);(6.24,1);", "5 values")]
    [InlineData("pr(1,1,1,1,1,1,1,1);", "9 values")]
    [InlineData("pr(1,1,1,1,1,1,1,1,1);garbage", "list of pr")]
    [InlineData("px(1,1);", "not a quote push")]
    [InlineData("hello", "not a quote push")]
    public void Parse_MalformedPush_SaysWhyAndProducesNothing(string frame, string reason)
    {
        var sink = Parse(frame, out var error);

        Assert.NotNull(error);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Empty(sink.Quotes);
    }

    [Theory]
    [InlineData("p(1,1,1,1,1,1,1,1,1,1);", true)]
    [InlineData("pt(1);", true)]
    [InlineData("pd(1);", true)]
    [InlineData("pr(1);", true)]
    [InlineData("{\"ret\":200}", false)]
    [InlineData("f(1,2);", false)]
    [InlineData("p", false)]
    public void IsPush_RecognisesTheTextPushPrefixes(string frame, bool expected) =>
        Assert.Equal(expected, QuotePushParser.IsPush(Encoding.UTF8.GetBytes(frame)));

    private static QuoteEvent Single(string frame)
    {
        var sink = Parse(frame, out var error);
        Assert.Null(error);
        return Assert.Single(sink.Quotes);
    }

    private static QuoteSink Parse(string frame, out string? error)
    {
        var sink = new QuoteSink();
        error = QuotePushParser.Parse(Encoding.UTF8.GetBytes(frame), sink);
        return sink;
    }
}

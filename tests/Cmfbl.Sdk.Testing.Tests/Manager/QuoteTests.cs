using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class QuoteTests : ManagerSdkTest
{
    [Fact]
    public async Task GetDepthTicks_TwoCodes_AnswersTheMarketsBidAndAskAsExactDecimals()
    {
        Server.Streams.Market.SetQuote(3, bid: 1.08601m, ask: 1.08609m);

        var ticks = await Manager.Quotes.GetDepthTicksAsync(Symbols("BTCUSDT", "EURUSD"));

        Assert.Equal(["BTCUSDT", "EURUSD"], ticks.Ticks!.Select(static t => t.Code));
        var eurusd = ticks.Ticks![1];
        Assert.Equal((1.08601m, 1.08609m), (Assert.Single(eurusd.Bids!).Price, Assert.Single(eurusd.Asks!).Price));
        Assert.Equal((65000.00m, 65000.50m), (ticks.Ticks[0].Bids![0].Price, ticks.Ticks[0].Asks![0].Price));
        Assert.Equal(Start.ToUnixTimeMilliseconds(), eurusd.TickTimeMilliseconds);
        Assert.True(eurusd.Sequence > 1);
    }

    [Fact]
    public async Task GetDepthTicks_SendsTheQuoteTokenAndTheRequestAsUrlEncodedJsonWithTheTrace()
    {
        await Manager.Quotes.GetDepthTicksAsync(Symbols("ETHUSDT"));

        var request = Assert.Single(Server.Journal, static r => r.Path.EndsWith("/quote-b-api/depth-tick", StringComparison.Ordinal));
        Assert.Equal(("GET", "/openapi-b/quote-b-api/depth-tick", "200"), (request.Method, request.Path, request.ResultCode));
        Assert.DoesNotContain("companyId", request.Headers.Keys);
        Assert.DoesNotContain("token", request.Headers.Keys);
    }

    [Fact]
    public async Task GetTradeTicksAndKLines_AnswerTheLastPriceAndOneBarFromTheMarket()
    {
        Server.Streams.Market.SetQuote(2, bid: 3600.10m, ask: 3600.30m, price: 3600.25m);

        var trade = Assert.Single((await Manager.Quotes.GetTradeTicksAsync(Symbols("ETHUSDT"))).Ticks!);
        var lines = await Manager.Quotes.GetKLinesAsync(new KLineQuery { Code = "ETHUSDT", KLineType = 1, Count = 2 });
        var batch = await Manager.Quotes.GetBatchKLinesAsync(new BatchKLineRequest
        {
            Queries = [new BatchKLineRequestData { Code = "ETHUSDT", KLineType = 8, EndTimestampSeconds = 0, Count = 1, AdjustType = 0 }],
        });

        Assert.Equal(("ETHUSDT", 3600.25m), (trade.Code, trade.Price));
        var bar = Assert.Single(lines.KLines!);
        Assert.Equal((3500.20m, 3600.25m, 3600.25m, 3500.20m), (bar.OpenPrice!.Value, bar.ClosePrice!.Value, bar.HighPrice!.Value, bar.LowPrice!.Value));
        Assert.Equal((Start.ToUnixTimeSeconds(), 1), (bar.TimestampSeconds!.Value, lines.KLineType!.Value));
        Assert.Equal(("ETHUSDT", 8, 3600.25m), (batch.Code, batch.KLineType!.Value, Assert.Single(batch.KLines!).ClosePrice!.Value));
    }

    [Fact]
    public async Task GetDepthTicks_UnknownCode_ThrowsCmfblApiExceptionWithRetAndMsg()
    {
        var error = await Assert.ThrowsAsync<CmfblApiException>(() => Manager.StockQuotes.GetDepthTicksAsync(Symbols("857.HK")));

        Assert.Equal("400", error.Code);
        Assert.Contains("unknown code 857.HK", error.Message, StringComparison.Ordinal);
        Assert.Single(Server.Journal, static r => r.Path.EndsWith("/quote-stock-b-api/depth-tick", StringComparison.Ordinal));
    }

    private static QuoteSymbolsRequest Symbols(params string[] codes) =>
        new() { Symbols = [.. codes.Select(static code => new QuoteSymbolsRequestSymbol { Code = code })] };
}

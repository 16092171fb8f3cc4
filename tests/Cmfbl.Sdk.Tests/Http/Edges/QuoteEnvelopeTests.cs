using System.Text.Json.Nodes;
using System.Web;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// The quote endpoints go through the same pipeline with their own request form (quote token and URL-encoded
/// <c>{trace, data}</c>) and their own answer reader (<c>{ret, msg, trace, data}</c>).
/// </summary>
public sealed class QuoteEnvelopeTests : IDisposable
{
    private const string DepthTick = "depth-tick";
    private const string BatchKLine = "batch-kline";

    private readonly SdkHarness _sdk = new(options =>
    {
        options.ManagerApi.QuoteToken = "quote-secret";
        options.ManagerApi.Resilience.MaxRetryAttempts = 1;
    });

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task GetDepthTicks_Ret200_ReadsExactDecimalsAndSendsTokenAndTracedQueryInTheUrl()
    {
        _sdk.Stub.OnJson(DepthTick, """{"ret":200,"msg":"ok","trace":"t","data":{"tick_list":[{"code":"857.HK","seq":"30686349","tick_time":"1677830357227","bids":[{"price":"136.421","volume":"0.10"}],"asks":[{"price":"136.43","volume":"2"}]}]}}""");

        var ticks = await _sdk.Manager.Quotes.GetDepthTicksAsync(new QuoteSymbolsRequest { Symbols = [new QuoteSymbolsRequestSymbol { Code = "857.HK" }] });

        var tick = Assert.Single(ticks.Ticks!);
        Assert.Equal((136.421m, 0.10m, 136.43m), (tick.Bids![0].Price!.Value, tick.Bids[0].Volume!.Value, tick.Asks![0].Price!.Value));
        Assert.Equal("0.10", tick.Bids[0].Volume!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((30686349L, 1677830357227L), (tick.Sequence!.Value, tick.TickTimeMilliseconds!.Value));
        var sent = Assert.Single(_sdk.Stub.RequestsTo(DepthTick));
        var query = HttpUtility.ParseQueryString(sent.Query);
        var wrapped = JsonNode.Parse(query["query"]!)!;
        Assert.Equal(("GET", "/openapi-b/quote-b-api/depth-tick", "quote-secret", string.Empty), (sent.Method, sent.Path, query["token"], sent.Body));
        Assert.Equal(sent.Header("trace"), wrapped["trace"]!.GetValue<string>());
        Assert.Equal("""{"symbol_list":[{"code":"857.HK"}]}""", wrapped["data"]!.ToJsonString());
        Assert.Null(sent.Header("token"));
        Assert.Null(sent.Header("companyId"));
    }

    [Fact]
    public async Task GetBatchKLines_SendsTracedDataAsTheBody()
    {
        _sdk.Stub.OnJson(BatchKLine, """{"ret":200,"msg":"ok","trace":"t","data":{"code":"EURJPY","kline_type":1,"kline_list":[]}}""");

        await _sdk.Manager.Quotes.GetBatchKLinesAsync(new BatchKLineRequest { Queries = [new BatchKLineRequestData { Code = "EURJPY", KLineType = 1, EndTimestampSeconds = 0, Count = 2, AdjustType = 0 }] });

        var sent = Assert.Single(_sdk.Stub.RequestsTo(BatchKLine));
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal("?token=quote-secret", sent.Query);
        Assert.Equal(sent.Header("trace"), body["trace"]!.GetValue<string>());
        Assert.Equal("""{"data_list":[{"code":"EURJPY","kline_type":1,"kline_timestamp_end":0,"query_kline_num":2,"adjust_type":0}]}""", body["data"]!.ToJsonString());
    }

    [Fact]
    public async Task GetDepthTicks_RetOtherThan200_ThrowsApiExceptionWithRetAndMsg_NotRetried()
    {
        _sdk.Stub.OnJson(DepthTick, """{"ret":401,"msg":"token invalid","trace":"t","data":{}}""");

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.StockQuotes.GetDepthTicksAsync(new QuoteSymbolsRequest { Symbols = [] }));

        Assert.Equal("401", error.Code);
        Assert.Contains("token invalid", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("quote-secret", error.ToString(), StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(DepthTick));
    }

    [Theory]
    [InlineData("""{"code":"0","msg":"Success","data":{}}""")]
    [InlineData("""<html>bad gateway</html>""")]
    [InlineData("""{"ret":200,"msg":"ok","data":{"tick_list":[""")]
    public async Task GetDepthTicks_UnreadableAnswer_ThrowsProtocolException(string answer)
    {
        _sdk.Stub.OnJson(DepthTick, answer);

        await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.Quotes.GetDepthTicksAsync(new QuoteSymbolsRequest { Symbols = [] }));
    }

    [Fact]
    public void ManagerApiOptions_ToString_MasksTheQuoteToken()
    {
        var options = new ManagerApiOptions { QuoteToken = "quote-secret" };

        Assert.DoesNotContain("quote-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("QuoteToken = ***", options.ToString(), StringComparison.Ordinal);
    }
}

using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The message socket's JSON frames: the documented trade message, notices, session ends, acknowledgements.</summary>
public sealed class MessageFrameReaderTests
{
    /// <summary>The trade message of the vendor's order-process page.</summary>
    internal const string DocumentedTrade = """
        {"trace":"x-1698310473323-102_b_bb76b676-8d8e-4278-82be-6ae7e063c9d3","msgCode":"trade",
         "content":{"accountId":1034124,"companyId":439,"bizType":"POSITION_OPEN","customerId":2482,
           "paramMap":{"date":"1698310474529","orderType":"1","symbolId":"8390","dealExecuteTime":"1698310474529","orderBizType":"1",
             "orderId":"21257491","pendingId":"0","dealId":"21262382","accountCurrency":"CNY","orderStatus":"2","dealExecuteNum":"8000.0",
             "source":"H5","dealPrice":"1.67094","requestAmount":"0.08","takeProfitMsg":"--","currency":"CNY","symbolName":"EURAUD",
             "contractSize":"100000","sourceExecuteVolSum":"0.100000","commission":"0","sourceExecuteVol":"0.100000","direction":"2",
             "dealAmount":"0.08","accountId":"1034124","companyId":"439","positionId":"2023102650229","dealExecutePrice":"1.67094",
             "playType":"2","orderDirection":"2","symbolDigits":"5","stopLossMsg":"--","Margin":"59371.20"},
           "tradeType":2},
         "timestamp":1698310474563}
        """;

    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void Read_DocumentedTradeMessage_ReadsTheFill()
    {
        var trade = Assert.IsType<TradeMessage>(Read(DocumentedTrade).Event);

        Assert.Equal(TradeMessageKind.PositionOpened, trade.Kind);
        Assert.Equal("POSITION_OPEN", trade.BizType);
        Assert.Equal(1034124, trade.AccountId);
        Assert.Equal(2482, trade.CustomerId);
        Assert.Equal(439, trade.CompanyId);
        Assert.Equal(TradeType.ContractIsolated, trade.TradeType);
        Assert.Equal("x-1698310473323-102_b_bb76b676-8d8e-4278-82be-6ae7e063c9d3", trade.Trace);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1698310474563), trade.Timestamp);
        Assert.Equal(Now, trade.ReceivedAt);
        var fill = trade.Fill;
        Assert.Equal(21257491, fill.OrderId);
        Assert.Equal(21262382, fill.DealId);
        Assert.Equal(2023102650229, fill.PositionId);
        Assert.Equal(2, fill.OrderStatus);
        Assert.Equal(1.67094m, fill.DealPrice);
        Assert.Equal(0.08m, fill.DealAmount);
        Assert.Equal(8390, fill.SymbolId);
        Assert.Equal("EURAUD", fill.SymbolName);
        Assert.Equal(5, fill.SymbolDigits);
        Assert.Equal(100000m, fill.ContractSize);
        Assert.Equal(2, fill.Direction);
        Assert.Equal(59371.20m, fill.Margin);
        Assert.Equal("--", fill.StopLossMessage);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1698310474529), fill.DealExecuteTime);
    }

    [Theory]
    [InlineData("POSITION_CLOSE", TradeMessageKind.PositionClosed)]
    [InlineData("ME_POSITION_LIMIT_OPEN", TradeMessageKind.LimitOpened)]
    [InlineData("ME_POSITION_LIMIT_CLOSE", TradeMessageKind.LimitClosed)]
    [InlineData("POSITION_OPEN_FAIL", TradeMessageKind.PositionOpenFailed)]
    [InlineData("ME_POSITION_LIMIT_FAIL", TradeMessageKind.LimitFailed)]
    [InlineData("SOMETHING_NEW", TradeMessageKind.Unknown)]
    public void Read_TradeBizType_MapsToItsKind(string bizType, TradeMessageKind kind)
    {
        var trade = Assert.IsType<TradeMessage>(Read("""{"msgCode":"trade","content":{"bizType":""" + "\"" + bizType + "\"" + ""","paramMap":{"orderId":"5"}}}""").Event);

        Assert.Equal(kind, trade.Kind);
        Assert.Equal(bizType, trade.BizType);
        Assert.Equal(5, trade.Fill.OrderId);
    }

    [Fact]
    public void Read_Notice_ReadsUpdateTypeShowAndKeepsTheContent()
    {
        var notice = Assert.IsType<NoticeMessage>(Read("""{"msgCode":"notice","timestamp":1,"content":{"tradeType":1,"updateType":3,"show":1,"bizType":"AUDIT_CUSTOMER_SUCCESS","title":"Approved"}}""").Event);

        Assert.Equal(TradeType.ContractCross, notice.TradeType);
        Assert.Equal(NoticeUpdateType.Funds, notice.UpdateType);
        Assert.True(notice.Show);
        Assert.Equal("AUDIT_CUSTOMER_SUCCESS", notice.BizType);
        Assert.Equal("Approved", notice.Content.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("disconnect")]
    [InlineData("UserForceLogoutRet")]
    public void Read_SessionEnd_IsASessionEndedMessage(string msgCode) =>
        Assert.Equal(msgCode, Assert.IsType<SessionEndedMessage>(Read($$"""{"msgCode":"{{msgCode}}"}""").Event).MsgCode);

    [Theory]
    [InlineData("subscribe_success")]
    [InlineData("subscribe_fail")]
    public void Read_SubscriptionAnswer_IsAnAcknowledgementNotAnEvent(string msgCode)
    {
        var frame = Read($$"""{"msgCode":"{{msgCode}}","seqId":3}""");

        Assert.Null(frame.Event);
        Assert.Equal(msgCode, frame.Acknowledgement);
    }

    [Fact]
    public void Read_UnknownMsgCode_KeepsItAsSent()
    {
        var unknown = Assert.IsType<UnknownMessage>(Read("""{"msgCode":"pong","content":{"a":1}}""").Event);

        Assert.Equal("pong", unknown.MsgCode);
        Assert.Equal(1, unknown.Content.GetProperty("a").GetInt32());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1]")]
    [InlineData("""{"content":{}}""")]
    [InlineData("""{"msgCode":"trade"}""")]
    [InlineData("""{"msgCode":"trade","content":{"accountId":"abc"}}""")]
    [InlineData("""{"msgCode":"trade","content":{"paramMap":{"orderId":"x1"}}}""")]
    [InlineData("""{"msgCode":"notice","content":"text"}""")]
    public void Read_Malformed_Throws(string json) => Assert.ThrowsAny<JsonException>(() => Read(json));

    [Theory]
    [InlineData("""{"msgCode":"\ud800"}""")]
    [InlineData("""{"msgCode":"notice","trace":"\udc00","content":{}}""")]
    [InlineData("""{"msgCode":"trade","content":{"bizType":"\ud800"}}""")]
    [InlineData("""{"msgCode":"trade","content":{"accountId":"\ud800"}}""")]
    [InlineData("""{"msgCode":"something_new","content":"\ud800"}""")]
    [InlineData("""{"msgCode":"something_new","content":{"a":["\ud800"]}}""")]
    public void Read_EscapedLoneSurrogate_ThrowsJsonException(string json) => Assert.ThrowsAny<JsonException>(() => Read(json));

    [Theory]
    [InlineData("{\"msgCode\":\"tr\u00FFade\",\"content\":{}}")]
    [InlineData("{\"msgCode\":\"something_new\",\"content\":{\"k\u00FF\":1}}")]
    public void Read_InvalidUtf8_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => MessageFrameReader.Read(ManagerEventReaderTests.Latin1(json), Now));

    [Theory]
    [InlineData("253402300800000")]
    [InlineData("9223372036854775807")]
    [InlineData("\"253402300800000\"")]
    public void Read_TimestampPastTheCalendar_ThrowsJsonException(string timestamp) =>
        Assert.ThrowsAny<JsonException>(() => Read($$$"""{"msgCode":"notice","timestamp":{{{timestamp}}},"content":{}}"""));

    private static MessageFrame Read(string json) => MessageFrameReader.Read(Encoding.UTF8.GetBytes(json), Now);
}

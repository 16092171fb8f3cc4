using System.Text;

namespace Cmfbl.Sdk.Tests.Streams.Fuzz;

/// <summary>Valid frames of the three channels (REFERENCE §4 shapes), each carrying <see cref="FrameMutator.Marker"/> where a string may go.</summary>
internal static class FuzzSeeds
{
    private const string Marker = FrameMutator.Marker;

    public static readonly string[] QuoteReplies =
    [
        $$$"""{"ret":200,"msg":"ok","cmd_id":14001,"seq_id":1,"ext":"{{{Marker}}}","data":{"tick_list":[{"symbol_id":123,"trade_type":1,"trade_mode":0,"seq":1605509068000001,"tick_time":1605509068,"price_digits":2,"price":"651.12","tick_deep":[{"price_bid":"9.12","price_ask":"147.12","volume_bid":"9.12","volume_ask":"147.12"}],"open_price":"651.12","close_price":"623.12","high_price":"674.12","low_price":"619.12","yesterday_close_price":"623.12"}]}}""",
        $$$"""{"ret":200,"msg":"{{{Marker}}}","cmd_id":14011,"seq_id":2,"ext":"x","data":{"tick_list":[{"symbol_id":123,"trade_type":1,"trade_mode":0,"seq":7,"tick_time":1605509068,"price_digits":2,"bid_deep":[{"price_bid":"9.12","volume_bid":"9.12"}],"ask_deep":[{"price_ask":"147.12","volume_ask":"147.12"}],"trade_info":[{"price":"651.12","volume":"100","trade_direction":1,"trade_time":1605509068}]}]}}""",
        """{"ret":200,"msg":"ok","cmd_id":14013,"seq_id":3,"ext":"x","data":{"symbol_id":1123,"trade_type":1,"trade_mode":0,"kline_type":1,"price_digits":2,"kline_list":[{"timestamp":1605509068,"open_price":"651.12","close_price":"623.12","high_price":"674.12","low_price":"619.12","last_tick_time":1605509068000,"last_tick_seq":16055,"transactions_number":"12345.6"}]}}""",
        """{"ret":200,"msg":"ok","cmd_id":14015,"seq_id":4,"ext":"x","data":{"data_list":[{"symbol_id":1,"trade_type":1,"trade_mode":0,"kline_type":2,"price_digits":2,"kline_list":[{"timestamp":1605509068,"open_price":1.5,"close_price":"2","high_price":"3","low_price":"1","last_tick_time":1,"last_tick_seq":2,"transactions_number":3}]}]}}""",
        """{"ret":200,"msg":"ok","cmd_id":14017,"seq_id":5,"ext":"x","data":{"tick_list":[{"symbol_id":1,"trade_type":1,"trade_mode":0,"rolling_last_price":"1.5","rolling_first_price":"1","rolling_high_price":"2","rolling_low_price":"0.5","rolling_transactions_number":"10","rolling_amount":"15"}]}}""",
        $$$"""{"ret":202,"msg":"request data param invalid {{{Marker}}}","cmd_id":14001,"seq_id":6,"ext":"x"}""",
        """{"ret":200,"msg":"ok","cmd_id":14009,"seq_id":7,"ext":"x","data":{}}""",
    ];

    public static readonly string[] QuotePushes =
    [
        "p(1,1,1,9,1700000000000,65000.5,65000.25,65000.75,1,2);",
        "p(1, 1, 9, 1700000000000, 65000.5, 65000.25, 65000.75, 1, 2);",
        "pt(1,1,1,9,1700000000000,65000.5,0.25,1);",
        "pd(1,1,1,9,1700000000000);(65000.25,1)(65000,2);(65000.75,3)(65001,4);",
        "pd(1,1,1,9,1700000000000);;(65000.75,3);",
        "pr(1,1,0,65000.5,64000,66000,63000,1234.5,80000000);pr(2,1,0,3000,2900,3100,2800,10,30000);",
    ];

    public static readonly string[] MessageFrames =
    [
        MessageFrameReaderTests.DocumentedTrade.Replace("\"source\":\"H5\"", $"\"source\":\"{Marker}\"", StringComparison.Ordinal),
        $$$"""{"msgCode":"notice","timestamp":1698310474563,"trace":"{{{Marker}}}","seqId":3,"content":{"tradeType":1,"updateType":3,"show":1,"bizType":"AUDIT_CUSTOMER_SUCCESS"}}""",
        """{"msgCode":"disconnect","timestamp":1698310474563,"trace":"t","seqId":4,"content":{}}""",
        """{"msgCode":"subscribe_success","timestamp":1698310474563,"trace":"t","seqId":1}""",
        $$$"""{"msgCode":"something_new","timestamp":"1698310474563","trace":"t","seqId":"5","content":{"a":[1,{"b":"{{{Marker}}}"}]}}""",
    ];

    public static readonly string[] PnlPushes =
    [
        "f(12.5,100,900,0.11,1012.5,1000);(2023102650229,12.5,1.6);(2023102650230,--,)",
        "g(,--,900,0.11,1012.5,1000,1,0.5,0.8,100);(1,2,3,4,5,6,1);",
    ];

    public static IEnumerable<string> ManagerFrames() =>
        ManagerEventReaderTests.Examples.Select(row => $"{{\"eventType\":\"{row[0]}\",\"data\":{((string)row[1]).Replace("\"admin\"", $"\"{Marker}\"", StringComparison.Ordinal)}}}")
            .Append($$$"""{"eventType":"brand_new_event","data":{"x":"{{{Marker}}}","y":[1,2,{"z":null}]}}""");

    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}

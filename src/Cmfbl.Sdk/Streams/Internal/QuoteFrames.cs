using System.Buffers;
using System.Text.Json;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Writes the quote service's requests: <c>{"cmd_id":…,"seq_id":…,"ext":"trace","data":{…}}</c>.</summary>
internal static class QuoteFrames
{
    public const int SubscribeTickers = 14000;
    public const int CancelSubscription = 14006;
    public const int Heartbeat = 14008;
    public const int SubscribeMarket = 14010;
    public const int QueryKlines = 14012;
    public const int QueryKlineBatch = 14014;
    public const int SubscribeRolling = 14016;

    public const int CancelAll = 0;
    public const int CancelTickers = 1;
    public const int CancelMarket = 2;
    public const int CancelRolling = 3;

    public static byte[] Build(int cmdId, long seqId, string ext, Action<Utf8JsonWriter>? data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("cmd_id"u8, cmdId);
            writer.WriteNumber("seq_id"u8, seqId);
            writer.WriteString("ext"u8, ext);
            writer.WriteStartObject("data"u8);
            data?.Invoke(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static Action<Utf8JsonWriter> SymbolList(IReadOnlyList<QuoteIntent.Entry> entries, bool market, bool rolling) => writer =>
    {
        writer.WriteStartArray("symbol_list"u8);
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            writer.WriteNumber("symbol_id"u8, entry.Symbol.SymbolId);
            writer.WriteNumber("trade_type"u8, (int)entry.Symbol.TradeType);
            writer.WriteNumber("trade_mode"u8, (int)entry.TradeMode);
            if (market)
            {
                if (entry.DepthLevel is { } depth)
                {
                    writer.WriteNumber("depth_level"u8, depth);
                }

                if (entry.MergeAccuracy is { } merge)
                {
                    writer.WriteString("merge_accuracy"u8, merge);
                }

                writer.WriteNumber("trade_info_count"u8, entry.TradeInfoCount);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (rolling)
        {
            writer.WriteNumber("update_speed"u8, 1000);
        }
    };

    public static Action<Utf8JsonWriter> Cancel(int cancelType) => writer => writer.WriteNumber("cancel_type"u8, cancelType);

    public static void Kline(Utf8JsonWriter writer, KlineQuery query)
    {
        writer.WriteNumber("symbol_id"u8, query.Symbol.SymbolId);
        writer.WriteNumber("trade_type"u8, (int)query.Symbol.TradeType);
        writer.WriteNumber("trade_mode"u8, (int)query.TradeMode);
        writer.WriteNumber("kline_type"u8, (int)query.KlineType);
        writer.WriteNumber("kline_timestamp_end"u8, query.End?.ToUnixTimeSeconds() ?? 0);
        writer.WriteNumber("query_kline_num"u8, query.Count);
    }

    public static Action<Utf8JsonWriter> KlineBatch(IReadOnlyList<KlineQuery> queries) => writer =>
    {
        writer.WriteStartArray("data_list"u8);
        foreach (var query in queries)
        {
            writer.WriteStartObject();
            Kline(writer, query);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    };
}

using System.Buffers.Text;
using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads the quote service's JSON answers <c>{ret, msg, cmd_id, seq_id, ext, data}</c> and the data of the ones that
/// carry quotes: the ticker snapshot (14001), the market snapshot (14011), the 24-hour statistics (14017) and K-lines
/// (14013, 14015). Numbers arrive as JSON numbers or strings; prices are read exactly. Throws
/// <see cref="JsonException"/> when the text is not the documented shape.
/// </summary>
internal static class QuoteReplyReader
{
    public static QuoteReply ReadEnvelope(ReadOnlySpan<byte> json, out ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        int? ret = null;
        int? cmdId = null;
        long seqId = 0;
        string? msg = null;
        string? ext = null;
        data = default;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("ret"u8))
            {
                reader.Read();
                ret = (int)ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("cmd_id"u8))
            {
                reader.Read();
                cmdId = (int)ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("seq_id"u8))
            {
                reader.Read();
                seqId = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("msg"u8))
            {
                reader.Read();
                msg = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("ext"u8))
            {
                reader.Read();
                ext = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                data = json[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return cmdId is { } cmd
            ? new QuoteReply(ret ?? QuoteReply.Ok, msg, cmd, seqId, ext)
            : throw new JsonException("The answer has no cmd_id.");
    }

    /// <summary>14001: <c>{tick_list: [{symbol_id, …, price, tick_deep: [{price_bid, price_ask, volume_bid, volume_ask}], open_price, …}]}</c>.</summary>
    public static void ReadTickSnapshot<TSink>(ReadOnlySpan<byte> data, TSink sink)
        where TSink : IQuoteSink
    {
        foreach (var item in Items(data, "tick_list"u8))
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            var header = default(Header);
            decimal price = 0, bid = 0, ask = 0, bidVolume = 0, askVolume = 0;
            decimal? open = null, close = null, high = null, low = null, yesterday = null;
            while (NextProperty(ref reader))
            {
                if (header.TryRead(ref reader))
                {
                    continue;
                }

                if (reader.ValueTextEquals("price"u8))
                {
                    reader.Read();
                    price = ReadDecimal(ref reader);
                }
                else if (reader.ValueTextEquals("tick_deep"u8))
                {
                    reader.Read();
                    ReadFirstLevel(ref reader, out bid, out ask, out bidVolume, out askVolume);
                }
                else if (reader.ValueTextEquals("open_price"u8))
                {
                    reader.Read();
                    open = ReadOptionalDecimal(ref reader);
                }
                else if (reader.ValueTextEquals("close_price"u8))
                {
                    reader.Read();
                    close = ReadOptionalDecimal(ref reader);
                }
                else if (reader.ValueTextEquals("high_price"u8))
                {
                    reader.Read();
                    high = ReadOptionalDecimal(ref reader);
                }
                else if (reader.ValueTextEquals("low_price"u8))
                {
                    reader.Read();
                    low = ReadOptionalDecimal(ref reader);
                }
                else if (reader.ValueTextEquals("yesterday_close_price"u8))
                {
                    reader.Read();
                    yesterday = ReadOptionalDecimal(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            sink.OnQuote(new QuoteTick
            {
                Symbol = header.Symbol,
                TradeMode = header.TradeMode,
                Seq = header.Seq,
                TickTime = header.TickTime,
                Price = price,
                Bid = bid,
                Ask = ask,
                BidVolume = bidVolume,
                AskVolume = askVolume,
                IsSnapshot = true,
                Day = new QuoteDayStats
                {
                    PriceDigits = header.PriceDigits,
                    OpenPrice = open,
                    ClosePrice = close,
                    HighPrice = high,
                    LowPrice = low,
                    YesterdayClosePrice = yesterday,
                },
            });
        }
    }

    /// <summary>14011: <c>{tick_list: [{symbol_id, …, bid_deep: [{price_bid, volume_bid}], ask_deep: [{price_ask, volume_ask}], trade_info: [{price, volume, trade_direction, trade_time}]}]}</c>.</summary>
    public static void ReadMarketSnapshot<TSink>(ReadOnlySpan<byte> data, TSink sink)
        where TSink : IQuoteSink
    {
        foreach (var item in Items(data, "tick_list"u8))
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            var header = default(Header);
            QuoteLevel[] bids = [];
            QuoteLevel[] asks = [];
            List<QuoteTrade>? trades = null;
            while (NextProperty(ref reader))
            {
                if (header.TryRead(ref reader))
                {
                    continue;
                }

                if (reader.ValueTextEquals("bid_deep"u8))
                {
                    reader.Read();
                    bids = ReadLevels(ref reader);
                }
                else if (reader.ValueTextEquals("ask_deep"u8))
                {
                    reader.Read();
                    asks = ReadLevels(ref reader);
                }
                else if (reader.ValueTextEquals("trade_info"u8))
                {
                    reader.Read();
                    trades = ReadTrades(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            sink.OnQuote(new QuoteDepth
            {
                Symbol = header.Symbol,
                TradeMode = header.TradeMode,
                Seq = header.Seq,
                TickTime = header.TickTime,
                PriceDigits = header.PriceDigits,
                Bids = bids,
                Asks = asks,
                IsSnapshot = true,
            });
            foreach (var trade in trades ?? [])
            {
                sink.OnQuote(trade with { Symbol = header.Symbol, TradeMode = header.TradeMode });
            }
        }
    }

    /// <summary>14017 (shape not documented; the vendor's client reads the same names as <c>pr(…)</c>): any list in <c>data</c> of objects with <c>rolling_*</c> values.</summary>
    public static void ReadRollingSnapshot<TSink>(ReadOnlySpan<byte> data, TSink sink)
        where TSink : IQuoteSink
    {
        foreach (var item in Items(data, default))
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            var header = default(Header);
            decimal last = 0, first = 0, high = 0, low = 0, volume = 0, amount = 0;
            while (NextProperty(ref reader))
            {
                if (header.TryRead(ref reader))
                {
                    continue;
                }

                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("rolling_last_price"u8))
                {
                    last = ReadDecimal(ref reader);
                }
                else if (name.SequenceEqual("rolling_first_price"u8))
                {
                    first = ReadDecimal(ref reader);
                }
                else if (name.SequenceEqual("rolling_high_price"u8))
                {
                    high = ReadDecimal(ref reader);
                }
                else if (name.SequenceEqual("rolling_low_price"u8))
                {
                    low = ReadDecimal(ref reader);
                }
                else if (name.SequenceEqual("rolling_transactions_number"u8))
                {
                    volume = ReadDecimal(ref reader);
                }
                else if (name.SequenceEqual("rolling_amount"u8))
                {
                    amount = ReadDecimal(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            sink.OnQuote(new QuoteRollingStats
            {
                Symbol = header.Symbol,
                TradeMode = header.TradeMode,
                LastPrice = last,
                FirstPrice = first,
                HighPrice = high,
                LowPrice = low,
                Volume = volume,
                Amount = amount,
            });
        }
    }

    /// <summary>14013: <c>{symbol_id, trade_type, trade_mode, kline_type, price_digits, kline_list: [{timestamp, open_price, …}]}</c>.</summary>
    public static KlineSeries ReadKlines(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        reader.Read();
        return ReadSeries(ref reader);
    }

    /// <summary>14015: <c>{data_list: [ {the 14013 shape}, … ]}</c>.</summary>
    public static IReadOnlyList<KlineSeries> ReadKlineBatch(ReadOnlySpan<byte> data)
    {
        var series = new List<KlineSeries>();
        foreach (var item in Items(data, "data_list"u8))
        {
            var reader = new Utf8JsonReader(item);
            reader.Read();
            series.Add(ReadSeries(ref reader));
        }

        return series;
    }

    private static KlineSeries ReadSeries(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, read: false);
        var header = default(Header);
        var kline = 0;
        List<Kline> bars = [];
        while (NextProperty(ref reader))
        {
            if (header.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("kline_type"u8))
            {
                reader.Read();
                kline = (int)ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("kline_list"u8))
            {
                reader.Read();
                bars = ReadBars(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new KlineSeries
        {
            Symbol = header.Symbol,
            TradeMode = header.TradeMode,
            KlineType = (KlineType)kline,
            PriceDigits = header.PriceDigits,
            Bars = bars,
        };
    }

    private static List<Kline> ReadBars(ref Utf8JsonReader reader) =>
        ReadObjects(
            ref reader,
            static (ReadOnlySpan<byte> name, ref Utf8JsonReader value, ref BarFields bar) =>
            {
                if (name.SequenceEqual("timestamp"u8))
                {
                    bar.Time = ReadLong(ref value);
                }
                else if (name.SequenceEqual("open_price"u8))
                {
                    bar.Open = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("close_price"u8))
                {
                    bar.Close = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("high_price"u8))
                {
                    bar.High = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("low_price"u8))
                {
                    bar.Low = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("last_tick_time"u8))
                {
                    bar.LastTickTime = ReadLong(ref value);
                }
                else if (name.SequenceEqual("last_tick_seq"u8))
                {
                    bar.LastTickSeq = ReadLong(ref value);
                }
                else if (name.SequenceEqual("transactions_number"u8))
                {
                    bar.Volume = ReadDecimal(ref value);
                }
                else
                {
                    return false;
                }

                return true;
            },
            static bar => new Kline
            {
                Time = UnixTime.FromSeconds(bar.Time),
                Open = bar.Open,
                Close = bar.Close,
                High = bar.High,
                Low = bar.Low,
                LastTickTime = bar.LastTickTime,
                LastTickSeq = bar.LastTickSeq,
                Volume = bar.Volume,
            });

    /// <summary>Reads <c>[{price_bid|price_ask, volume_bid|volume_ask}, …]</c> (the side's names, whichever it uses).</summary>
    private static QuoteLevel[] ReadLevels(ref Utf8JsonReader reader) =>
        [.. ReadObjects(
            ref reader,
            static (ReadOnlySpan<byte> name, ref Utf8JsonReader value, ref (decimal Price, decimal Volume) level) =>
            {
                if (name.SequenceEqual("price_bid"u8) || name.SequenceEqual("price_ask"u8))
                {
                    level.Price = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("volume_bid"u8) || name.SequenceEqual("volume_ask"u8))
                {
                    level.Volume = ReadDecimal(ref value);
                }
                else
                {
                    return false;
                }

                return true;
            },
            static level => new QuoteLevel(level.Price, level.Volume))];

    private static List<QuoteTrade> ReadTrades(ref Utf8JsonReader reader) =>
        ReadObjects(
            ref reader,
            static (ReadOnlySpan<byte> name, ref Utf8JsonReader value, ref (decimal Price, decimal Volume, long Direction, long Time) trade) =>
            {
                if (name.SequenceEqual("price"u8))
                {
                    trade.Price = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("volume"u8))
                {
                    trade.Volume = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("trade_direction"u8))
                {
                    trade.Direction = ReadLong(ref value);
                }
                else if (name.SequenceEqual("trade_time"u8))
                {
                    trade.Time = ReadLong(ref value);
                }
                else
                {
                    return false;
                }

                return true;
            },
            static trade => new QuoteTrade { Price = trade.Price, Volume = trade.Volume, Direction = (TradeDirection)trade.Direction, TickTime = trade.Time, IsSnapshot = true });

    /// <summary>The first entry of <c>tick_deep</c> (the service sends one level): bid, ask and their volumes.</summary>
    private static void ReadFirstLevel(ref Utf8JsonReader reader, out decimal bid, out decimal ask, out decimal bidVolume, out decimal askVolume)
    {
        var levels = ReadObjects(
            ref reader,
            static (ReadOnlySpan<byte> name, ref Utf8JsonReader value, ref (decimal Bid, decimal Ask, decimal BidVolume, decimal AskVolume) level) =>
            {
                if (name.SequenceEqual("price_bid"u8))
                {
                    level.Bid = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("price_ask"u8))
                {
                    level.Ask = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("volume_bid"u8))
                {
                    level.BidVolume = ReadDecimal(ref value);
                }
                else if (name.SequenceEqual("volume_ask"u8))
                {
                    level.AskVolume = ReadDecimal(ref value);
                }
                else
                {
                    return false;
                }

                return true;
            },
            static level => level);
        (bid, ask, bidVolume, askVolume) = levels.Count > 0 ? levels[0] : default;
    }

    /// <summary>
    /// Reads an array of objects (<c>null</c> reads as empty), one item each: every property goes to
    /// <paramref name="read"/> (which skips it by returning false), then <paramref name="finish"/> makes the item.
    /// </summary>
    private static List<TItem> ReadObjects<TFields, TItem>(ref Utf8JsonReader reader, PropertyReader<TFields> read, Func<TFields, TItem> finish)
        where TFields : struct
    {
        var items = new List<TItem>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }

        Expect(ref reader, JsonTokenType.StartArray, read: false);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            var fields = default(TFields);
            while (NextProperty(ref reader))
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (!read(name, ref reader, ref fields))
                {
                    reader.Skip();
                }
            }

            items.Add(finish(fields));
        }

        return items;
    }

    /// <summary>
    /// The objects of the array property <paramref name="name"/> of <paramref name="data"/> (or of its first array
    /// property when <paramref name="name"/> is empty), each as its own span. An absent or null list is empty.
    /// </summary>
    private static List<byte[]> Items(ReadOnlySpan<byte> data, ReadOnlySpan<byte> name)
    {
        var items = new List<byte[]>();
        if (data.IsEmpty)
        {
            return items;
        }

        var reader = new Utf8JsonReader(data);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return items;
        }

        Expect(ref reader, JsonTokenType.StartObject, read: false);
        while (NextProperty(ref reader))
        {
            var matches = name.IsEmpty || reader.ValueTextEquals(name);
            reader.Read();
            if (!matches || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new JsonException("A list item is not an object.");
                }

                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                items.Add(data[start..(int)reader.BytesConsumed].ToArray());
            }

            if (!name.IsEmpty)
            {
                break;
            }
        }

        return items;
    }

    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The object is cut short.");
        }

        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Expected a property name, found {reader.TokenType}."),
        };
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, bool read = true)
    {
        if ((read && !reader.Read()) || reader.TokenType != type)
        {
            throw new JsonException($"Expected {type}.");
        }
    }

    private static long ReadLong(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed) && consumed == reader.ValueSpan.Length:
                return parsed;
            case JsonTokenType.Null:
                return 0;
            default:
                throw new JsonException($"Expected an integer, found {reader.TokenType}.");
        }
    }

    private static decimal ReadDecimal(ref Utf8JsonReader reader) =>
        ReadOptionalDecimal(ref reader) ?? 0;

    private static decimal? ReadOptionalDecimal(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when reader.ValueSpan.IsEmpty:
                return null;
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return number;
            case JsonTokenType.String when !reader.ValueIsEscaped && DecimalText.TryParse(reader.ValueSpan, out var parsed):
                return parsed;
            default:
                throw new JsonException($"Expected a decimal number, found {reader.TokenType}.");
        }
    }

    /// <summary>Reads the value of one property into <paramref name="item"/>; false when the property is not one it knows.</summary>
    private delegate bool PropertyReader<T>(ReadOnlySpan<byte> name, ref Utf8JsonReader value, ref T item);

    /// <summary>The values of one K-line bar while it is read.</summary>
    private struct BarFields
    {
        public long Time;
        public decimal Open;
        public decimal Close;
        public decimal High;
        public decimal Low;
        public long LastTickTime;
        public long LastTickSeq;
        public decimal Volume;
    }

    /// <summary>The fields every quote object starts with.</summary>
    private struct Header
    {
        private long _symbolId;
        private int _tradeType;

        public QuoteTradeMode TradeMode;
        public long Seq;
        public long TickTime;
        public int? PriceDigits;

        public readonly QuoteSymbol Symbol => new(_symbolId, (TradeType)_tradeType);

        /// <summary>Reads the value if the current property is a header field.</summary>
        public bool TryRead(ref Utf8JsonReader reader)
        {
            if (reader.ValueTextEquals("symbol_id"u8))
            {
                reader.Read();
                _symbolId = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("trade_type"u8))
            {
                reader.Read();
                _tradeType = (int)ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("trade_mode"u8))
            {
                reader.Read();
                TradeMode = (QuoteTradeMode)ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("seq"u8))
            {
                reader.Read();
                Seq = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("tick_time"u8))
            {
                reader.Read();
                TickTime = ReadLong(ref reader);
            }
            else if (reader.ValueTextEquals("price_digits"u8))
            {
                reader.Read();
                PriceDigits = (int)ReadLong(ref reader);
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}

using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads the quote service's text pushes straight from the UTF-8 frame, allocating nothing but the events:
/// <list type="bullet">
/// <item><description><c>p(symbol_id,trade_type,trade_mode,seq,tick_time,price,price_bid1,price_ask1,volume_bid1,volume_ask1);</c> (the vendor's older client reads nine values, without <c>trade_mode</c>: read too);</description></item>
/// <item><description><c>pt(symbol_id,trade_type,trade_mode,seq,tick_time,price,volume,trade_direction);</c></description></item>
/// <item><description><c>pd(symbol_id,trade_type,trade_mode,seq,tick_time);(bid,vol)(bid,vol)…;(ask,vol)…;</c> (either side may be empty);</description></item>
/// <item><description><c>pr(symbol_id,trade_type,trade_mode,last,first,high,low,volume,amount);</c>, several per frame.</description></item>
/// </list>
/// Spaces around values are allowed (the vendor's own examples have them). Prices are exact decimals.
/// </summary>
internal static class QuotePushParser
{
    /// <summary>Gets whether the frame looks like a text push (starts with <c>p(</c>, <c>pt(</c>, <c>pd(</c> or <c>pr(</c>).</summary>
    public static bool IsPush(ReadOnlySpan<byte> frame) =>
        frame.Length > 2 && frame[0] == (byte)'p' && (frame[1] == (byte)'(' || frame[2] == (byte)'(');

    /// <summary>Parses one text frame; returns null on success, or why it could not be read.</summary>
    public static string? Parse<TSink>(ReadOnlySpan<byte> frame, TSink sink)
        where TSink : IQuoteSink
    {
        if (frame.Length < 3 || frame[0] != (byte)'p')
        {
            return "not a quote push (expected p(, pt(, pd( or pr()";
        }

        switch (frame[1])
        {
            case (byte)'(':
                return ParseTick(frame[2..], sink);
            case (byte)'t' when frame[2] == (byte)'(':
                return ParseTrade(frame[3..], sink);
            case (byte)'d' when frame[2] == (byte)'(':
                return ParseDepth(frame[3..], sink);
            case (byte)'r' when frame[2] == (byte)'(':
                return ParseRolling(frame, sink);
            default:
                return "not a quote push (expected p(, pt(, pd( or pr()";
        }
    }

    private static string? ParseTick<TSink>(ReadOnlySpan<byte> rest, TSink sink)
        where TSink : IQuoteSink
    {
        if (!TryGroup(rest, out var group, out _))
        {
            return "p(…) has no closing parenthesis";
        }

        var fields = new PushFields(group);
        var count = fields.Count;
        if (count is not (10 or 9))
        {
            return "p(…) needs 10 values";
        }

        if (!Header(ref fields, hasTradeMode: count == 10, out var symbol, out var tradeMode, out var seq, out var tickTime))
        {
            return "p(…) has a bad product id, trade type, trade mode, sequence number or time";
        }

        if (!fields.Decimal(out var price) || !fields.Decimal(out var bid) || !fields.Decimal(out var ask)
            || !fields.Decimal(out var bidVolume) || !fields.Decimal(out var askVolume))
        {
            return "p(…) has a price or volume that is not a number";
        }

        sink.OnQuote(new QuoteTick
        {
            Symbol = symbol,
            TradeMode = tradeMode,
            Seq = seq,
            TickTime = tickTime,
            Price = price,
            Bid = bid,
            Ask = ask,
            BidVolume = bidVolume,
            AskVolume = askVolume,
        });
        return null;
    }

    private static string? ParseTrade<TSink>(ReadOnlySpan<byte> rest, TSink sink)
        where TSink : IQuoteSink
    {
        if (!TryGroup(rest, out var group, out _))
        {
            return "pt(…) has no closing parenthesis";
        }

        var fields = new PushFields(group);
        if (fields.Count != 8)
        {
            return "pt(…) needs 8 values";
        }

        if (!Header(ref fields, hasTradeMode: true, out var symbol, out var tradeMode, out var seq, out var tickTime))
        {
            return "pt(…) has a bad product id, trade type, trade mode, sequence number or time";
        }

        if (!fields.Decimal(out var price) || !fields.Decimal(out var volume) || !fields.Int(out var direction))
        {
            return "pt(…) has a price, volume or direction that is not a number";
        }

        sink.OnQuote(new QuoteTrade
        {
            Symbol = symbol,
            TradeMode = tradeMode,
            Seq = seq,
            TickTime = tickTime,
            Price = price,
            Volume = volume,
            Direction = (TradeDirection)direction,
        });
        return null;
    }

    private static string? ParseDepth<TSink>(ReadOnlySpan<byte> rest, TSink sink)
        where TSink : IQuoteSink
    {
        if (!TryGroup(rest, out var group, out var after))
        {
            return "pd(…) has no closing parenthesis";
        }

        var fields = new PushFields(group);
        if (fields.Count != 5)
        {
            return "pd(…) needs 5 values before the book";
        }

        if (!Header(ref fields, hasTradeMode: true, out var symbol, out var tradeMode, out var seq, out var tickTime))
        {
            return "pd(…) has a bad product id, trade type, trade mode, sequence number or time";
        }

        // after = " ;(bid,vol)(bid,vol);(ask,vol)…;" : two ';'-separated sides.
        after = after.TrimStart((byte)' ');
        if (after.IsEmpty || after[0] != (byte)';')
        {
            return "pd(…) has no book after the header";
        }

        after = after[1..];
        var split = after.IndexOf((byte)';');
        var bidText = split < 0 ? after : after[..split];
        var askText = split < 0 ? [] : after[(split + 1)..];
        var askEnd = askText.IndexOf((byte)';');
        if (askEnd >= 0)
        {
            askText = askText[..askEnd];
        }

        if (!TryLevels(bidText, out var bids) || !TryLevels(askText, out var asks))
        {
            return "pd(…) has a book level that is not (price,volume)";
        }

        sink.OnQuote(new QuoteDepth
        {
            Symbol = symbol,
            TradeMode = tradeMode,
            Seq = seq,
            TickTime = tickTime,
            Bids = bids,
            Asks = asks,
        });
        return null;
    }

    private static string? ParseRolling<TSink>(ReadOnlySpan<byte> frame, TSink sink)
        where TSink : IQuoteSink
    {
        // Every group is checked before any is delivered: a frame is read whole or reported whole.
        List<QuoteRollingStats>? parsed = null;
        var rest = frame;
        while (true)
        {
            rest = rest.TrimStart(" ;\r\n"u8);
            if (rest.IsEmpty)
            {
                break;
            }

            if (!rest.StartsWith("pr("u8) || !TryGroup(rest[3..], out var group, out rest))
            {
                return "pr(…) is not a list of pr(…) groups";
            }

            var fields = new PushFields(group);
            if (fields.Count != 9)
            {
                return "pr(…) needs 9 values";
            }

            if (!fields.Long(out var symbolId) || !fields.Int(out var tradeType) || !fields.Int(out var tradeMode))
            {
                return "pr(…) has a bad product id, trade type or trade mode";
            }

            if (!fields.Decimal(out var last) || !fields.Decimal(out var first) || !fields.Decimal(out var high)
                || !fields.Decimal(out var low) || !fields.Decimal(out var volume) || !fields.Decimal(out var amount))
            {
                return "pr(…) has a value that is not a number";
            }

            (parsed ??= []).Add(new QuoteRollingStats
            {
                Symbol = new QuoteSymbol(symbolId, (TradeType)tradeType),
                TradeMode = (QuoteTradeMode)tradeMode,
                LastPrice = last,
                FirstPrice = first,
                HighPrice = high,
                LowPrice = low,
                Volume = volume,
                Amount = amount,
            });
        }

        if (parsed is null)
        {
            return "pr(…) holds no statistics";
        }

        foreach (var stats in parsed)
        {
            sink.OnQuote(stats);
        }

        return null;
    }

    /// <summary>Reads the values every push but <c>pr(…)</c> starts with: symbol_id, trade_type, [trade_mode,] seq, tick_time.</summary>
    private static bool Header(ref PushFields fields, bool hasTradeMode, out QuoteSymbol symbol, out QuoteTradeMode tradeMode, out long seq, out long tickTime)
    {
        symbol = default;
        tradeMode = QuoteTradeMode.Unspecified;
        seq = tickTime = 0;
        var mode = 0;
        if (!fields.Long(out var symbolId) || !fields.Int(out var tradeType) || (hasTradeMode && !fields.Int(out mode)))
        {
            return false;
        }

        symbol = new QuoteSymbol(symbolId, (TradeType)tradeType);
        tradeMode = (QuoteTradeMode)mode;
        return fields.Long(out seq) && fields.Long(out tickTime);
    }

    /// <summary>Splits <c>values)rest</c> at the first closing parenthesis.</summary>
    internal static bool TryGroup(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> group, out ReadOnlySpan<byte> after)
    {
        var close = text.IndexOf((byte)')');
        if (close < 0)
        {
            group = after = default;
            return false;
        }

        group = text[..close];
        after = text[(close + 1)..];
        return true;
    }

    /// <summary>Reads <c>(price,volume)(price,volume)…</c>; an empty side is an empty list.</summary>
    private static bool TryLevels(ReadOnlySpan<byte> text, out QuoteLevel[] levels)
    {
        text = text.Trim((byte)' ');
        var count = text.Count((byte)'(');
        if (count == 0)
        {
            levels = [];
            return text.IsEmpty;
        }

        levels = new QuoteLevel[count];
        for (var i = 0; i < count; i++)
        {
            text = text.TrimStart((byte)' ');
            if (text.IsEmpty || text[0] != (byte)'(' || !TryGroup(text[1..], out var group, out text))
            {
                return false;
            }

            var fields = new PushFields(group);
            if (fields.Count != 2 || !fields.Decimal(out var price) || !fields.Decimal(out var volume))
            {
                return false;
            }

            levels[i] = new QuoteLevel(price, volume);
        }

        return text.Trim((byte)' ').IsEmpty;
    }
}

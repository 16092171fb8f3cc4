using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cmfbl.Sdk.Benchmarks.Baseline;

/// <summary>
/// Two parsers of the <c>p(…)</c> push a user could write without the SDK: a lean one on the UTF-8 bytes
/// (<see cref="Utf8Parser"/>, no checks beyond the numbers) and the obvious one on strings (decode, <c>Split</c>,
/// <c>decimal.Parse</c>), as the vendor's own JavaScript client does.
/// </summary>
public static class HandWrittenQuoteParser
{
    public static BaselineTick? ParseSpan(ReadOnlySpan<byte> frame)
    {
        var open = frame.IndexOf((byte)'(');
        var close = frame.IndexOf((byte)')');
        if (open < 0 || close < open)
        {
            return null;
        }

        var rest = frame[(open + 1)..close];
        if (!Long(ref rest, out var symbolId) || !Int(ref rest, out var tradeType) || !Int(ref rest, out var tradeMode)
            || !Long(ref rest, out var seq) || !Long(ref rest, out var tickTime) || !Decimal(ref rest, out var price)
            || !Decimal(ref rest, out var bid) || !Decimal(ref rest, out var ask) || !Decimal(ref rest, out var bidVolume)
            || !Decimal(ref rest, out var askVolume))
        {
            return null;
        }

        return new BaselineTick
        {
            SymbolId = symbolId,
            TradeType = tradeType,
            TradeMode = tradeMode,
            Seq = seq,
            TickTime = tickTime,
            Price = price,
            Bid = bid,
            Ask = ask,
            BidVolume = bidVolume,
            AskVolume = askVolume,
        };
    }

    public static BaselineTick? ParseStrings(ReadOnlySpan<byte> frame)
    {
        var text = Encoding.UTF8.GetString(frame);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = text.IndexOf(')', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return null;
        }

        var values = text[(open + 1)..close].Split(',');
        return values.Length != 10 ? null : new BaselineTick
        {
            SymbolId = long.Parse(values[0], CultureInfo.InvariantCulture),
            TradeType = int.Parse(values[1], CultureInfo.InvariantCulture),
            TradeMode = int.Parse(values[2], CultureInfo.InvariantCulture),
            Seq = long.Parse(values[3], CultureInfo.InvariantCulture),
            TickTime = long.Parse(values[4], CultureInfo.InvariantCulture),
            Price = decimal.Parse(values[5], CultureInfo.InvariantCulture),
            Bid = decimal.Parse(values[6], CultureInfo.InvariantCulture),
            Ask = decimal.Parse(values[7], CultureInfo.InvariantCulture),
            BidVolume = decimal.Parse(values[8], CultureInfo.InvariantCulture),
            AskVolume = decimal.Parse(values[9], CultureInfo.InvariantCulture),
        };
    }

    private static bool Long(ref ReadOnlySpan<byte> rest, out long value) =>
        Utf8Parser.TryParse(rest, out value, out var consumed) && Skip(ref rest, consumed);

    private static bool Int(ref ReadOnlySpan<byte> rest, out int value) =>
        Utf8Parser.TryParse(rest, out value, out var consumed) && Skip(ref rest, consumed);

    private static bool Decimal(ref ReadOnlySpan<byte> rest, out decimal value) =>
        Utf8Parser.TryParse(rest, out value, out var consumed) && Skip(ref rest, consumed);

    private static bool Skip(ref ReadOnlySpan<byte> rest, int consumed)
    {
        rest = consumed < rest.Length ? rest[(consumed + 1)..] : [];
        return true;
    }
}

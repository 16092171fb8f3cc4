using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>The quote service's wire formats, as the fake writes them: text pushes and the JSON of snapshots and K-lines.</summary>
internal static class QuoteFormat
{
    public static string Tick(FakeQuote q) =>
        Invariant($"p({q.SymbolId},{q.TradeType},1,{q.Seq},{q.TickTime},{q.Price},{q.Bid},{q.Ask},1,1);");

    public static string Depth(FakeQuote q) =>
        Invariant($"pd({q.SymbolId},{q.TradeType},1,{q.Seq},{q.TickTime});({q.Bid},1);({q.Ask},1);");

    public static string Rolling(FakeQuote q) =>
        Invariant($"pr({q.SymbolId},{q.TradeType},1,{q.Price},{q.First},{q.High},{q.Low},0,0);");

    public static string Trade(FakeQuote q, decimal price, decimal volume, int direction) =>
        Invariant($"pt({q.SymbolId},{q.TradeType},1,{q.Seq},{q.TickTime},{price},{volume},{direction});");

    public static JsonObject TickSnapshot(FakeQuote q) => With(Sequenced(q), new()
    {
        ["price"] = Text(q.Price),
        ["tick_deep"] = new JsonArray(new JsonObject
        {
            ["price_bid"] = Text(q.Bid),
            ["price_ask"] = Text(q.Ask),
            ["volume_bid"] = "1",
            ["volume_ask"] = "1",
        }),
        ["open_price"] = Text(q.First),
        ["close_price"] = Text(q.Price),
        ["high_price"] = Text(q.High),
        ["low_price"] = Text(q.Low),
        ["yesterday_close_price"] = Text(q.First),
    });

    public static JsonObject MarketSnapshot(FakeQuote q) => With(Sequenced(q), new()
    {
        ["bid_deep"] = new JsonArray(new JsonObject { ["price_bid"] = Text(q.Bid), ["volume_bid"] = "1" }),
        ["ask_deep"] = new JsonArray(new JsonObject { ["price_ask"] = Text(q.Ask), ["volume_ask"] = "1" }),
        ["trade_info"] = new JsonArray(),
    });

    public static JsonObject RollingSnapshot(FakeQuote q) => With(Product(q), new()
    {
        ["rolling_last_price"] = Text(q.Price),
        ["rolling_first_price"] = Text(q.First),
        ["rolling_high_price"] = Text(q.High),
        ["rolling_low_price"] = Text(q.Low),
        ["rolling_transactions_number"] = "0",
        ["rolling_amount"] = "0",
    });

    /// <summary>K-lines of a flat market at the current price: <paramref name="count"/> one-minute bars ending now.</summary>
    public static JsonObject Klines(FakeQuote q, int klineType, int count, DateTimeOffset now)
    {
        var bars = new JsonArray();
        var end = now.ToUnixTimeSeconds() / 60 * 60;
        for (var i = count - 1; i >= 0; i--)
        {
            bars.Add(new JsonObject
            {
                ["timestamp"] = end - (i * 60),
                ["open_price"] = Text(q.Price),
                ["close_price"] = Text(q.Price),
                ["high_price"] = Text(q.High),
                ["low_price"] = Text(q.Low),
                ["last_tick_time"] = q.TickTime,
                ["last_tick_seq"] = q.Seq,
                ["transactions_number"] = "0",
            });
        }

        return With(Product(q), new()
        {
            ["kline_type"] = klineType,
            ["price_digits"] = q.Digits,
            ["kline_list"] = bars,
        });
    }

    /// <summary>The fields that name the product.</summary>
    private static JsonObject Product(FakeQuote q) => new()
    {
        ["symbol_id"] = q.SymbolId,
        ["trade_type"] = q.TradeType,
        ["trade_mode"] = 1,
    };

    /// <summary>The product, then the quote's sequence, time and price digits.</summary>
    private static JsonObject Sequenced(FakeQuote q) => With(Product(q), new()
    {
        ["seq"] = q.Seq,
        ["tick_time"] = q.TickTime,
        ["price_digits"] = q.Digits,
    });

    private static JsonObject With(JsonObject target, JsonObject more)
    {
        foreach (var (name, value) in more.ToList())
        {
            more.Remove(name);
            target[name] = value;
        }

        return target;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>The fake's quotes, and the pushes a change sends to the quote connections subscribed to the product.</summary>
internal sealed class FakeMarketBook(StreamHub hub)
{
    private readonly object _gate = new();
    private readonly Dictionary<(long, int), FakeQuote> _quotes = [];

    /// <summary>Raised after a quote changed and was pushed (outside the lock): trading fills and triggers on it.</summary>
    public event Action<FakeQuote>? Changed;

    public FakeQuote? Find((long SymbolId, int TradeType) symbol)
    {
        lock (_gate)
        {
            return _quotes.GetValueOrDefault(symbol);
        }
    }

    public IReadOnlyList<FakeQuote> All()
    {
        lock (_gate)
        {
            return [.. _quotes.Values];
        }
    }

    public FakeQuote Set(long symbolId, int tradeType, decimal bid, decimal ask, decimal? price)
    {
        FakeQuote quote;
        lock (_gate)
        {
            var last = price ?? Math.Round((bid + ask) / 2, Math.Max(Scale(bid), Scale(ask)), MidpointRounding.ToEven);
            var now = hub.Time.GetUtcNow().ToUnixTimeMilliseconds();
            quote = _quotes.TryGetValue((symbolId, tradeType), out var previous)
                ? previous with { Bid = bid, Ask = ask, Price = last, Seq = previous.Seq + 1, TickTime = now, High = Math.Max(previous.High, last), Low = Math.Min(previous.Low, last) }
                : new FakeQuote { SymbolId = symbolId, TradeType = tradeType, Bid = bid, Ask = ask, Price = last, Seq = 1, TickTime = now, First = last, High = last, Low = last };
            _quotes[(symbolId, tradeType)] = quote;
        }

        var key = (symbolId, tradeType);
        hub.Broadcast(FakeStreamChannel.Quotes, QuoteFormat.Tick(quote), s => s.Quotes.Has(1, key));
        hub.Broadcast(FakeStreamChannel.Quotes, QuoteFormat.Depth(quote), s => s.Quotes.Has(2, key));
        hub.Broadcast(FakeStreamChannel.Quotes, QuoteFormat.Rolling(quote), s => s.Quotes.Has(3, key));
        Changed?.Invoke(quote);
        return quote;
    }

    /// <summary>Removes a product's quote; false when the fake had none.</summary>
    public bool Remove(long symbolId, int tradeType)
    {
        lock (_gate)
        {
            return _quotes.Remove((symbolId, tradeType));
        }
    }

    public void Trade(long symbolId, int tradeType, decimal price, decimal volume, int direction)
    {
        var quote = Find((symbolId, tradeType)) ?? throw new ArgumentException($"The fake has no quote for product {symbolId} (trade type {tradeType}): set one with SetQuote first.", nameof(symbolId));
        var key = (symbolId, tradeType);
        hub.Broadcast(FakeStreamChannel.Quotes, QuoteFormat.Trade(quote, price, volume, direction), s => s.Quotes.Has(2, key));
    }

    /// <summary>Moves every quote by a random step of up to one spread (the sample's "live" market).</summary>
    public void Wiggle(Random random)
    {
        foreach (var quote in All())
        {
            var spread = quote.Ask - quote.Bid;
            var step = Math.Round(spread * (decimal)((random.NextDouble() * 2) - 1), quote.Digits, MidpointRounding.ToEven);
            Set(quote.SymbolId, quote.TradeType, quote.Bid + step, quote.Ask + step, null);
        }
    }

    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}

using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>A slow quote consumer: the newest tick per product wins, trades queue up to a bound, drops are counted.</summary>
public sealed class QuoteBufferTests
{
    private static readonly QuoteSymbol Btc = new(1, TradeType.ContractCross);
    private static readonly QuoteSymbol Eth = new(2, TradeType.ContractCross);

    [Fact]
    public async Task Write_ManyTicksWhileNobodyReads_KeepsTheLatestPerProductInFirstArrivalOrder()
    {
        var buffer = new QuoteBuffer(fifoCapacity: 10);
        for (var i = 1; i <= 100; i++)
        {
            buffer.Write(Tick(Btc, i));
            buffer.Write(Tick(Eth, 1000 + i));
        }

        buffer.Complete();
        var read = await ReadAllAsync(buffer);

        Assert.Equal([Tick(Btc, 100), Tick(Eth, 1100)], read);
        Assert.Equal(198, buffer.Dropped);
    }

    [Fact]
    public async Task Write_TickDepthAndStatsOfOneProduct_KeepsOneOfEachKind()
    {
        var buffer = new QuoteBuffer(fifoCapacity: 10);
        buffer.Write(Tick(Btc, 1));
        buffer.Write(new QuoteDepth { Symbol = Btc, Seq = 1 });
        buffer.Write(new QuoteRollingStats { Symbol = Btc, LastPrice = 1 });
        buffer.Write(new QuoteDepth { Symbol = Btc, Seq = 2 });
        buffer.Complete();

        var read = await ReadAllAsync(buffer);

        Assert.Collection(read, q => Assert.IsType<QuoteTick>(q), q => Assert.Equal(2, Assert.IsType<QuoteDepth>(q).Seq), q => Assert.IsType<QuoteRollingStats>(q));
        Assert.Equal(1, buffer.Dropped);
    }

    [Fact]
    public async Task Write_MoreTradesThanCapacity_DropsTheOldestAndCountsThem()
    {
        var buffer = new QuoteBuffer(fifoCapacity: 3);
        for (var i = 1; i <= 5; i++)
        {
            buffer.Write(new QuoteTrade { Symbol = Btc, Seq = i });
        }

        buffer.Complete();
        var read = await ReadAllAsync(buffer);

        Assert.Equal([3L, 4L, 5L], read.Cast<QuoteTrade>().Select(t => t.Seq));
        Assert.Equal(2, buffer.Dropped);
    }

    [Fact]
    public async Task Write_TickAfterTheReaderTookTheLastOne_IsDeliveredAgain()
    {
        var buffer = new QuoteBuffer(fifoCapacity: 3);
        await using var reader = buffer.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        buffer.Write(Tick(Btc, 1));
        Assert.True(await reader.MoveNextAsync());
        var next = reader.MoveNextAsync();
        buffer.Write(Tick(Btc, 2));

        Assert.True(await next.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(Tick(Btc, 2), reader.Current);
        Assert.Equal(0, buffer.Dropped);
    }

    [Fact]
    public async Task Complete_WithError_DeliversWhatIsLeftThenThrows()
    {
        var buffer = new QuoteBuffer(fifoCapacity: 3);
        buffer.Write(Tick(Btc, 1));
        var failure = new CmfblServiceUnavailableException("gone", new CmfblErrorContext("quotes", null, null));
        buffer.Complete(failure);

        var read = new List<QuoteEvent>();
        var thrown = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(async () =>
        {
            await foreach (var quote in buffer.ReadAllAsync(CancellationToken.None))
            {
                read.Add(quote);
            }
        });

        Assert.Same(failure, thrown);
        Assert.Single(read);
    }

    private static QuoteTick Tick(QuoteSymbol symbol, long seq) => new() { Symbol = symbol, Seq = seq, Price = seq };

    private static async Task<List<QuoteEvent>> ReadAllAsync(QuoteBuffer buffer)
    {
        var read = new List<QuoteEvent>();
        await foreach (var quote in buffer.ReadAllAsync(CancellationToken.None))
        {
            read.Add(quote);
        }

        return read;
    }
}

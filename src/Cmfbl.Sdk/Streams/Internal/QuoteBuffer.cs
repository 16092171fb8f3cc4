using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// A quote subscriber's queue, built for a slow consumer: ticks, books and 24-hour statistics wait one per product and
/// kind, and a newer one replaces the waiting one in place (latest wins); trades and error events wait in a FIFO of
/// fixed capacity that drops its oldest when full. Every replaced or dropped event is counted.
/// </summary>
internal sealed class QuoteBuffer
{
    private const int FifoMarker = -1;

    private readonly object _gate = new();
    private readonly Dictionary<(QuoteSymbol Symbol, int Kind), int> _slotOf = [];
    private readonly List<QuoteEvent?> _slots = [];
    private readonly Queue<QuoteEvent> _fifo = new();
    private readonly Channel<int> _ready = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });
    private readonly int _fifoCapacity;
    private readonly KeyValuePair<string, object?> _tag = StreamDiagnostics.Tag(StreamChannel.Quotes);
    private Exception? _error;
    private long _dropped;

    public QuoteBuffer(int fifoCapacity) => _fifoCapacity = fifoCapacity;

    /// <summary>Gets how many events this subscriber lost to a newer one or a full trade queue.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Write(QuoteEvent quote)
    {
        var kind = quote switch
        {
            QuoteTick => 1,
            QuoteDepth => 2,
            QuoteRollingStats => 3,
            _ => 0,
        };
        var dropped = false;
        lock (_gate)
        {
            if (kind == 0)
            {
                if (_fifo.Count >= _fifoCapacity)
                {
                    _fifo.Dequeue();
                    dropped = true;
                }

                _fifo.Enqueue(quote);
                _ready.Writer.TryWrite(FifoMarker);
            }
            else
            {
                var key = (quote.Symbol, kind);
                if (!_slotOf.TryGetValue(key, out var slot))
                {
                    slot = _slots.Count;
                    _slots.Add(null);
                    _slotOf.Add(key, slot);
                }

                dropped = _slots[slot] is not null;
                _slots[slot] = quote;
                if (!dropped)
                {
                    _ready.Writer.TryWrite(slot);
                }
            }
        }

        if (dropped)
        {
            Interlocked.Increment(ref _dropped);
            StreamDiagnostics.Dropped.Add(1, _tag);
        }
    }

    /// <summary>Ends the queue: the reader gets what is left, then <paramref name="error"/> if any.</summary>
    public void Complete(Exception? error = null)
    {
        if (error is not null)
        {
            Interlocked.CompareExchange(ref _error, error, null);
        }

        _ready.Writer.TryComplete();
    }

    public async IAsyncEnumerable<QuoteEvent> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _ready.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var slot))
            {
                if (Take(slot) is { } quote)
                {
                    yield return quote;
                }
            }
        }

        if (Volatile.Read(ref _error) is { } error)
        {
            ExceptionDispatchInfo.Capture(error).Throw();
        }
    }

    private QuoteEvent? Take(int slot)
    {
        lock (_gate)
        {
            if (slot == FifoMarker)
            {
                return _fifo.Count > 0 ? _fifo.Dequeue() : null;
            }

            var quote = _slots[slot];
            _slots[slot] = null;
            return quote;
        }
    }
}

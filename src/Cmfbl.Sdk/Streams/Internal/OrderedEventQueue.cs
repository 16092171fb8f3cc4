using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// A subscriber's queue for events that must not be dropped (fills, notices, Manager events): bounded, and a full
/// queue makes the writer wait, which stops the connection reading its socket until the consumer catches up.
/// </summary>
internal sealed class OrderedEventQueue<T>(int capacity)
    where T : class
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
        SingleWriter = false,
    });

    private Exception? _error;

    /// <summary>Adds an event, waiting while the queue is full. Returns false when the subscriber is gone.</summary>
    public async ValueTask<bool> WriteAsync(T item, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.Writer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>Ends the queue: the reader gets what is left, then <paramref name="error"/> if any.</summary>
    public void Complete(Exception? error = null)
    {
        if (error is not null)
        {
            Interlocked.CompareExchange(ref _error, error, null);
        }

        _channel.Writer.TryComplete();
    }

    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                yield return item;
            }
        }

        if (Volatile.Read(ref _error) is { } error)
        {
            ExceptionDispatchInfo.Capture(error).Throw();
        }
    }
}

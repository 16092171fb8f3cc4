using System.Runtime.CompilerServices;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// A customer's message stream: one connection while anything is subscribed, subscribed to the union of the
/// subscribers' trading modes; every event goes to every subscriber (floating P&amp;L only to those of its mode),
/// waiting for slow ones rather than dropping.
/// </summary>
internal sealed class MessageStream : IMessageStream, IMessageConnectionOwner
{
    private readonly StreamRuntime _runtime;
    private readonly ITokenSource _tokens;
    private readonly Uri _address;
    private readonly object _gate = new();
    private readonly List<MessageSubscriber> _subscribers = [];
    private volatile MessageSubscriber[] _snapshot = [];
    private MessageConnection? _connection;
    private long _version;
    private int _nextConnectionId;
    private bool _disposed;

    public MessageStream(StreamRuntime runtime, ITokenSource tokens, Uri address)
    {
        _runtime = runtime;
        _tokens = tokens;
        _address = address;
    }

    public event EventHandler<StreamStateChangedEventArgs>? StateChanged;

    public StreamState? State => Volatile.Read(ref _connection)?.State;

    public IAsyncEnumerable<MessageEvent> SubscribeAsync(IEnumerable<TradeType> tradeTypes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tradeTypes);
        var set = tradeTypes.ToHashSet();
        if (set.Count == 0)
        {
            throw new ArgumentException("Subscribe to at least one trading mode (tradeTypes: 1 cross, 2 isolated, 5 spot, 6 stocks).", nameof(tradeTypes));
        }

        if (set.Any(t => (int)t <= 0))
        {
            throw new ArgumentException("A trading mode must be a positive code.", nameof(tradeTypes));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return SubscribeCoreAsync(set, cancellationToken);
    }

    public (long Version, IReadOnlySet<TradeType> TradeTypes) Intent()
    {
        lock (_gate)
        {
            return (_version, _subscribers.SelectMany(s => s.TradeTypes).ToHashSet());
        }
    }

    public async ValueTask PublishAsync(MessageEvent message, CancellationToken cancellationToken)
    {
        foreach (var subscriber in _snapshot)
        {
            if (subscriber.Wants(message))
            {
                await subscriber.Queue.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void OnConnectionClosed(MessageConnection connection, CmfblException? error)
    {
        MessageSubscriber[] ended;
        lock (_gate)
        {
            if (_connection != connection)
            {
                return;
            }

            _connection = null;
            ended = [.. _subscribers];
            _subscribers.Clear();
            _snapshot = [];
        }

        foreach (var subscriber in ended)
        {
            subscriber.Queue.Complete(error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Close() is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => Close()?.Dispose();

    private async IAsyncEnumerable<MessageEvent> SubscribeCoreAsync(HashSet<TradeType> tradeTypes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new MessageSubscriber(tradeTypes, new OrderedEventQueue<MessageEvent>(_runtime.Streams.Messages.Capacity));
        MessageConnection connection;
        long version;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _subscribers.Add(subscriber);
            _snapshot = [.. _subscribers];
            connection = _connection ??= new MessageConnection(_runtime, ++_nextConnectionId, _tokens, _address, this, OnStateChanged);
            version = ++_version;
        }

        try
        {
            connection.Start();
            await connection.SyncAsync(version, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is OperationCanceledException && _disposed)
        {
            subscriber.Queue.Complete();
        }
        catch
        {
            await UnregisterAsync(subscriber).ConfigureAwait(false);
            throw;
        }

        try
        {
            await foreach (var message in subscriber.Queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return message;
            }
        }
        finally
        {
            await UnregisterAsync(subscriber).ConfigureAwait(false);
        }
    }

    private async Task UnregisterAsync(MessageSubscriber subscriber)
    {
        subscriber.Queue.Complete();
        MessageConnection? close = null;
        MessageConnection? resync = null;
        long version;
        lock (_gate)
        {
            if (!_subscribers.Remove(subscriber))
            {
                return;
            }

            _snapshot = [.. _subscribers];
            version = ++_version;
            if (_subscribers.Count == 0)
            {
                close = _connection;
                _connection = null;
            }
            else
            {
                resync = _connection;
            }
        }

        if (close is not null)
        {
            await close.DisposeAsync().ConfigureAwait(false);
        }
        else if (resync is not null)
        {
            try
            {
                await resync.SyncAsync(version, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is CmfblException or OperationCanceledException)
            {
                Log.StreamSyncFailed(_runtime.Logger, "messages", resync.Id, failure.Message);
            }
        }
    }

    private MessageConnection? Close()
    {
        MessageSubscriber[] subscribers;
        MessageConnection? connection;
        lock (_gate)
        {
            _disposed = true;
            subscribers = [.. _subscribers];
            _subscribers.Clear();
            _snapshot = [];
            connection = _connection;
            _connection = null;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Queue.Complete();
        }

        return connection;
    }

    private void OnStateChanged(StreamStateChangedEventArgs change) => StateChanged?.Invoke(this, change);
}

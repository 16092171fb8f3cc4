using System.Runtime.CompilerServices;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The Manager data push: one connection per subscribed group, authenticated with the Manager token.</summary>
internal sealed class ManagerEventStream : IManagerEventStream
{
    private readonly StreamRuntime _runtime;
    private readonly Func<ITokenSource> _tokens;
    private readonly object _gate = new();
    private readonly Dictionary<string, ManagerConnection> _connections = new(StringComparer.Ordinal);
    private int _nextConnectionId;
    private bool _disposed;

    public ManagerEventStream(StreamRuntime runtime, Func<ITokenSource> tokens)
    {
        _runtime = runtime;
        _tokens = tokens;
    }

    public event EventHandler<StreamStateChangedEventArgs>? StateChanged;

    public StreamState? State
    {
        get
        {
            lock (_gate)
            {
                return StreamStates.Worst(_connections.Values.Select(c => c.State));
            }
        }
    }

    public IAsyncEnumerable<ManagerEvent> SubscribeAsync(string? group = null, CancellationToken cancellationToken = default)
    {
        group ??= _runtime.Streams.ManagerEvents.Group;
        if (string.IsNullOrWhiteSpace(group))
        {
            throw new ArgumentException(
                "The Manager data push needs a group: pass one, or set Cmfbl:Streams:ManagerEvents:Group. Use a stable name unique to this consumer: the service keeps a group's events for 168 hours and resends what it missed.",
                nameof(group));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return SubscribeCoreAsync(group, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(Close().Select(c => c.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var connection in Close())
        {
            connection.Dispose();
        }
    }

    private async IAsyncEnumerable<ManagerEvent> SubscribeCoreAsync(string group, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = new OrderedEventQueue<ManagerEvent>(_runtime.Streams.ManagerEvents.Capacity);
        ManagerConnection connection;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_connections.ContainsKey(group))
            {
                throw new InvalidOperationException($"The group '{group}' is already subscribed on this stream. A group is one durable consumer: a second connection with it would make the service drop the first. Use another group name.");
            }

            connection = new ManagerConnection(_runtime, ++_nextConnectionId, _tokens(), StreamAddresses.ManagerEvents(_runtime.Options), group, queue, change => StateChanged?.Invoke(this, change));
            _connections.Add(group, connection);
        }

        try
        {
            connection.Start();
            try
            {
                await connection.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_disposed)
            {
                queue.Complete();
            }

            await foreach (var managerEvent in queue.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return managerEvent;
            }
        }
        finally
        {
            lock (_gate)
            {
                _connections.Remove(group);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private List<ManagerConnection> Close()
    {
        lock (_gate)
        {
            _disposed = true;
            var connections = _connections.Values.ToList();
            _connections.Clear();
            return connections;
        }
    }
}

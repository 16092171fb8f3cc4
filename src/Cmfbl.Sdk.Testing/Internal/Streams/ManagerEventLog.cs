using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>
/// The Manager data push's durable log: every event in order; each group keeps its position, a group seen for the
/// first time starts at the end ("from now"), and a group that reconnects gets what it missed.
/// </summary>
internal sealed class ManagerEventLog(StreamHub hub)
{
    private readonly object _gate = new();
    private readonly List<string> _events = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _events.Count;
            }
        }
    }

    public void Publish(string eventType, JsonNode data)
    {
        var frame = new JsonObject { ["eventType"] = eventType, ["data"] = data.DeepClone() }.ToJsonString();
        TaskCompletionSource appended;
        lock (_gate)
        {
            _events.Add(frame);
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.TrySetResult();
    }

    /// <summary>Registers <paramref name="group"/> before its handshake completes: a new group starts after the last event.</summary>
    public void Join(string group)
    {
        lock (_gate)
        {
            _positions.TryAdd(group, _events.Count);
        }
    }

    /// <summary>Sends the group's events from where it stopped, then each new one, until the socket closes; the position moves on after each send.</summary>
    public async Task DeliverAsync(FakeSocket socket, string group, CancellationToken cancellationToken)
    {
        Join(group);
        while (!cancellationToken.IsCancellationRequested)
        {
            string? next = null;
            Task appended;
            lock (_gate)
            {
                var position = _positions[group];
                if (position < _events.Count)
                {
                    next = _events[position];
                }

                appended = _appended.Task;
            }

            if (next is null)
            {
                await appended.WaitAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            await hub.WhileStalledAsync(FakeStreamChannel.ManagerEvents, cancellationToken).ConfigureAwait(false);
            if (socket.Socket.State != System.Net.WebSockets.WebSocketState.Open)
            {
                return;
            }

            await socket.SendTextAsync(next, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _positions[group]++;
            }
        }
    }
}

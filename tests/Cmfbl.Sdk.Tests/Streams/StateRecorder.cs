using Cmfbl.Sdk.Streams;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Records a stream's state changes, and waits for one.</summary>
internal sealed class StateRecorder
{
    private readonly List<StreamStateChangedEventArgs> _changes = [];

    public StateRecorder(ICmfblStream stream) => stream.StateChanged += (_, change) =>
    {
        lock (_changes)
        {
            _changes.Add(change);
        }
    };

    public IReadOnlyList<StreamStateChangedEventArgs> Changes
    {
        get
        {
            lock (_changes)
            {
                return [.. _changes];
            }
        }
    }

    public IReadOnlyList<StreamState> States => [.. Changes.Select(c => c.State)];

    /// <summary>Waits (at most 10 s) until a change recorded after the first <paramref name="skip"/> matches, and returns it.</summary>
    public async Task<StreamStateChangedEventArgs> WaitForAsync(Func<StreamStateChangedEventArgs, bool> match, int skip = 0)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (Changes.Skip(skip).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching state change after the first {skip}; saw: " + string.Join(" | ", Changes));
            }

            await Task.Delay(5);
        }
    }

    public Task<StreamStateChangedEventArgs> WaitForAsync(StreamState state, int skip = 0) => WaitForAsync(c => c.State == state, skip);

    /// <summary>
    /// Returns the change that began the outage <paramref name="resumed"/> (a Resubscribed) ended: the first Reconnecting
    /// after the last Connected or Resubscribed before it. The gap a Resubscribed reports starts at that change's time,
    /// however many attempts failed in between.
    /// </summary>
    public StreamStateChangedEventArgs OutageStart(StreamStateChangedEventArgs resumed)
    {
        var changes = Changes;
        var end = IndexOf(changes, resumed);
        var start = changes.Take(end).ToList().FindLastIndex(c => c.State is StreamState.Connected or StreamState.Resubscribed);
        return changes.Skip(start + 1).Take(end - start - 1).FirstOrDefault(c => c.State == StreamState.Reconnecting)
            ?? throw new InvalidOperationException("No Reconnecting before the Resubscribed; saw: " + string.Join(" | ", changes));
    }

    /// <summary>Returns where <paramref name="change"/> was recorded.</summary>
    public int IndexOf(StreamStateChangedEventArgs change) => IndexOf(Changes, change);

    private static int IndexOf(IReadOnlyList<StreamStateChangedEventArgs> changes, StreamStateChangedEventArgs change) =>
        changes.ToList().FindIndex(c => ReferenceEquals(c, change)) is var index and >= 0 ? index : throw new ArgumentException("The change was not recorded here.", nameof(change));
}

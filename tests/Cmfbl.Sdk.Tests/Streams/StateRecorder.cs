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

    /// <summary>Waits (at most 10 s) until a change matches, and returns it.</summary>
    public async Task<StreamStateChangedEventArgs> WaitForAsync(Func<StreamStateChangedEventArgs, bool> match)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (Changes.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No matching state change; saw: " + string.Join(" | ", Changes));
            }

            await Task.Delay(5);
        }
    }

    public Task<StreamStateChangedEventArgs> WaitForAsync(StreamState state) => WaitForAsync(c => c.State == state);
}

using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that records the due time of every timer started on it (a retry's back-off, an
/// attempt's or a call's time limit), so a test can wait until the SDK waits, and then move the clock by exactly
/// that much. Nothing happens on this clock until the test advances it.
/// </summary>
public sealed class ObservedClock : FakeTimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _unclaimed = [];
    private TaskCompletionSource _started = NewSignal();

    public ObservedClock()
        : base(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ObservedTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Started(dueTime);
        return timer;
    }

    /// <summary>Waits (at most <see cref="Rendezvous.Bound"/>, real time) until a timer due in exactly <paramref name="dueTime"/> starts.</summary>
    public Task WaitForTimerAsync(TimeSpan dueTime) => WaitForTimerAsync(due => due == dueTime, $"a timer due in {dueTime}");

    /// <summary>
    /// Waits (at most <see cref="Rendezvous.Bound"/>, real time) until a timer whose due time matches
    /// <paramref name="match"/> starts, claims it (a later wait needs a later timer) and returns its due time.
    /// </summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, string what)
    {
        var deadline = DateTime.UtcNow + Rendezvous.Bound;
        while (true)
        {
            Task started;
            lock (_gate)
            {
                var index = _unclaimed.FindIndex(due => match(due));
                if (index >= 0)
                {
                    var due = _unclaimed[index];
                    _unclaimed.RemoveAt(index);
                    return due;
                }

                started = _started.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(started, Task.Delay(left)) != started)
            {
                lock (_gate)
                {
                    Assert.Fail($"The SDK never started {what}; timers started and not claimed: [{string.Join(", ", _unclaimed)}].");
                }
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> while the clock keeps moving (1 s every 10 ms of real time). Disposing the SDK
    /// waits, on the SDK's clock, for calls still running (Polly's pipelines do); after a test failed with a call
    /// still waiting on this clock, that wait would never end without it.
    /// </summary>
    public void RunWhileTicking(Action action)
    {
        using var stop = new CancellationTokenSource();
        var ticking = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(10, CancellationToken.None);
            }
        });
        try
        {
            action();
        }
        finally
        {
            stop.Cancel();
            ticking.Wait();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Records a timer that will fire after <paramref name="dueTime"/> (one started stopped is not recorded).</summary>
    private void Started(TimeSpan dueTime)
    {
        if (dueTime <= TimeSpan.Zero)
        {
            return;
        }

        TaskCompletionSource started;
        lock (_gate)
        {
            _unclaimed.Add(dueTime);
            started = _started;
            _started = NewSignal();
        }

        started.TrySetResult();
    }

    /// <summary>Reports a timer started later (<see cref="ITimer.Change"/>, as <c>CancelAfter</c> does) like a new one.</summary>
    private sealed class ObservedTimer(ITimer inner, ObservedClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            clock.Started(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}

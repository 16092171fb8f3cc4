namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>
/// Holds every caller that arrives until <see cref="Expected"/> callers have arrived, then lets them all go at once.
/// A stub that holds its answers here proves the callers overlapped: each of them was in flight before any of them
/// was answered. When fewer arrive (a regression that serialises them), every wait fails once <see cref="Bound"/>
/// has passed since the rendezvous was made, instead of hanging, and <see cref="Arrived"/> says how many came.
/// </summary>
public sealed class Rendezvous(int expected)
{
    /// <summary>How long (real time, from its creation) the callers of a rendezvous wait for each other before the test fails.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _created = System.Diagnostics.Stopwatch.GetTimestamp();
    private int _arrived;

    /// <summary>Gets how many callers must arrive before any is let go.</summary>
    public int Expected => expected;

    /// <summary>Gets how many callers have arrived so far.</summary>
    public int Arrived => Volatile.Read(ref _arrived);

    /// <summary>Counts this caller in, then waits until all have arrived (at most <see cref="Bound"/>).</summary>
    public Task ArriveAndWaitAsync(CancellationToken cancellationToken = default)
    {
        Arrive();
        return WaitAsync(cancellationToken);
    }

    /// <summary>Counts a caller in without holding it.</summary>
    public void Arrive()
    {
        if (Interlocked.Increment(ref _arrived) == expected)
        {
            _all.TrySetResult();
        }
    }

    /// <summary>Waits until all have arrived (at most <see cref="Bound"/>); the failure says how many did.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var left = Bound - System.Diagnostics.Stopwatch.GetElapsedTime(_created);
            await _all.Task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Only {Arrived} of {expected} callers were in flight together after {Bound.TotalSeconds} s: they did not overlap.");
        }
    }
}

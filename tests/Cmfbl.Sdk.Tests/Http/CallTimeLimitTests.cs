using Cmfbl.Sdk.Http.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>
/// A call's time limit reuses its cancellation source from one call to the next on a thread, and only when that is
/// safe: a source that was cancelled (limit reached, caller cancelled) is never reused, and nothing from an ended call
/// (the caller's token, a registration left on the call's token) reaches a later call.
/// </summary>
public sealed class CallTimeLimitTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Start_AfterALimitEndedUncancelled_ReusesItsSource()
    {
        var token = Ended(Start());

        using var second = Start();

        Assert.Equal(token, second.Token);
        Assert.False(second.IsCancellationRequested);
    }

    [Fact]
    public void Dispose_TwoLimitsEnded_KeepsTheFirstAndReleasesTheOther()
    {
        var first = Start();
        var second = Start();
        Assert.NotEqual(first.Token, second.Token);
        var firstToken = Ended(first);
        var secondToken = Ended(second);

        using var third = Start();

        Assert.Equal(firstToken, third.Token);
        Assert.Throws<ObjectDisposedException>(() => secondToken.WaitHandle);
    }

    [Fact]
    public void Token_CallerCancels_IsCancelled_AndTheSourceIsNotReused()
    {
        using var caller = new CancellationTokenSource();
        var limit = Start(caller.Token);

        caller.Cancel();

        Assert.True(limit.IsCancellationRequested);
        AssertNotReused(Ended(limit));
    }

    [Fact]
    public void Start_CallerAlreadyCancelled_IsCancelledAtOnce()
    {
        using var limit = Start(new CancellationToken(canceled: true));

        Assert.True(limit.Token.IsCancellationRequested);
    }

    [Fact]
    public void Token_LimitReached_IsCancelled_AndTheSourceIsNotReused()
    {
        var limit = CallTimeLimit.Start(TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);

        Assert.True(limit.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "The limit's timer never fired.");
        AssertNotReused(Ended(limit));
    }

    [Fact]
    public void Dispose_UnlinksTheCaller_SoItsLaterCancellationDoesNotReachTheNextCall()
    {
        using var caller = new CancellationTokenSource();
        var token = Ended(Start(caller.Token));
        using var second = Start();
        Assert.Equal(token, second.Token);

        caller.Cancel();

        Assert.False(second.IsCancellationRequested);
    }

    [Fact]
    public void Dispose_DropsWhatTheEndedCallLeftRegistered()
    {
        var fired = false;
        var first = Start();
        _ = first.Token.Register(() => fired = true);
        var token = Ended(first);
        using var caller = new CancellationTokenSource();
        using var second = Start(caller.Token);
        Assert.Equal(token, second.Token);

        caller.Cancel();

        Assert.True(second.IsCancellationRequested);
        Assert.False(fired);
    }

    [Fact]
    public void Token_TestClock_IsCancelledWhenTheClockReachesTheLimit()
    {
        var clock = new FakeTimeProvider();
        using var limit = CallTimeLimit.Start(TimeSpan.FromSeconds(30), clock, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(limit.IsCancellationRequested);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limit.IsCancellationRequested);
    }

    private static CallTimeLimit Start(CancellationToken caller = default) => CallTimeLimit.Start(Minute, TimeProvider.System, caller);

    private static CancellationToken Ended(CallTimeLimit limit)
    {
        var token = limit.Token;
        limit.Dispose();
        return token;
    }

    private static void AssertNotReused(CancellationToken ended)
    {
        using var next = Start(CancellationToken.None);
        Assert.NotEqual(ended, next.Token);
        Assert.False(next.IsCancellationRequested);
    }
}

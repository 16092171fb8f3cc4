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
        var first = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        var token = first.Token;
        first.Dispose();

        var second = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        try
        {
            Assert.Equal(token, second.Token);
            Assert.False(second.IsCancellationRequested);
        }
        finally
        {
            second.Dispose();
        }
    }

    [Fact]
    public void Dispose_TwoLimitsEnded_KeepsTheFirstAndReleasesTheOther()
    {
        var first = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        var second = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        var firstToken = first.Token;
        var secondToken = second.Token;
        Assert.NotEqual(firstToken, secondToken);

        first.Dispose();
        second.Dispose();

        var third = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        try
        {
            Assert.Equal(firstToken, third.Token);
            Assert.Throws<ObjectDisposedException>(() => secondToken.WaitHandle);
        }
        finally
        {
            third.Dispose();
        }
    }

    [Fact]
    public void Token_CallerCancels_IsCancelled_AndTheSourceIsNotReused()
    {
        using var caller = new CancellationTokenSource();
        var limit = CallTimeLimit.Start(Minute, TimeProvider.System, caller.Token);
        var token = limit.Token;

        caller.Cancel();

        Assert.True(limit.IsCancellationRequested);
        limit.Dispose();
        var next = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        try
        {
            Assert.NotEqual(token, next.Token);
            Assert.False(next.IsCancellationRequested);
        }
        finally
        {
            next.Dispose();
        }
    }

    [Fact]
    public void Start_CallerAlreadyCancelled_IsCancelledAtOnce()
    {
        var limit = CallTimeLimit.Start(Minute, TimeProvider.System, new CancellationToken(canceled: true));
        try
        {
            Assert.True(limit.Token.IsCancellationRequested);
        }
        finally
        {
            limit.Dispose();
        }
    }

    [Fact]
    public void Token_LimitReached_IsCancelled_AndTheSourceIsNotReused()
    {
        var limit = CallTimeLimit.Start(TimeSpan.FromMilliseconds(1), TimeProvider.System, CancellationToken.None);
        var token = limit.Token;

        Assert.True(token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "The limit's timer never fired.");
        limit.Dispose();
        var next = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        try
        {
            Assert.NotEqual(token, next.Token);
            Assert.False(next.IsCancellationRequested);
        }
        finally
        {
            next.Dispose();
        }
    }

    [Fact]
    public void Dispose_UnlinksTheCaller_SoItsLaterCancellationDoesNotReachTheNextCall()
    {
        using var caller = new CancellationTokenSource();
        var first = CallTimeLimit.Start(Minute, TimeProvider.System, caller.Token);
        var token = first.Token;
        first.Dispose();
        var second = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        try
        {
            Assert.Equal(token, second.Token);

            caller.Cancel();

            Assert.False(second.IsCancellationRequested);
        }
        finally
        {
            second.Dispose();
        }
    }

    [Fact]
    public void Dispose_DropsWhatTheEndedCallLeftRegistered()
    {
        var fired = false;
        var first = CallTimeLimit.Start(Minute, TimeProvider.System, CancellationToken.None);
        var token = first.Token;
        _ = first.Token.Register(() => fired = true);
        first.Dispose();
        using var caller = new CancellationTokenSource();
        var second = CallTimeLimit.Start(Minute, TimeProvider.System, caller.Token);
        try
        {
            Assert.Equal(token, second.Token);

            caller.Cancel();

            Assert.True(second.IsCancellationRequested);
            Assert.False(fired);
        }
        finally
        {
            second.Dispose();
        }
    }

    [Fact]
    public void Token_TestClock_IsCancelledWhenTheClockReachesTheLimit()
    {
        var clock = new FakeTimeProvider();
        var limit = CallTimeLimit.Start(TimeSpan.FromSeconds(30), clock, CancellationToken.None);
        try
        {
            clock.Advance(TimeSpan.FromSeconds(29));
            Assert.False(limit.IsCancellationRequested);

            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.True(limit.IsCancellationRequested);
        }
        finally
        {
            limit.Dispose();
        }
    }
}

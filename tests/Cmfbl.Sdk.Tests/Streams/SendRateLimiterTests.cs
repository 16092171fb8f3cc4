using Cmfbl.Sdk.Streams.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>The quote service's 50 calls per second per connection, kept on the client with the SDK's clock.</summary>
public sealed class SendRateLimiterTests
{
    [Fact]
    public async Task WaitAsync_FiftyFirstCallInOneSecond_WaitsUntilTheOldestIsASecondOld()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(50, time);
        for (var i = 0; i < 50; i++)
        {
            var immediate = limiter.WaitAsync(CancellationToken.None);
            Assert.True(immediate.IsCompletedSuccessfully, $"call {i + 1} should not wait");
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        var fiftyFirst = limiter.WaitAsync(CancellationToken.None).AsTask();
        Assert.False(fiftyFirst.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(fiftyFirst.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await fiftyFirst.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task WaitAsync_Cancelled_Throws()
    {
        var time = new FakeTimeProvider();
        var limiter = new SendRateLimiter(1, time);
        await limiter.WaitAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.WaitAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}

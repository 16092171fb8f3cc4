using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Reconnects: the first at once, then jittered and doubling up to the cap.</summary>
public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Delay_FirstReconnect_IsImmediate(int failures) =>
        Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(failures, Base, Max, new Random(1)));

    [Theory]
    [InlineData(2, 500)]
    [InlineData(3, 1000)]
    [InlineData(4, 2000)]
    [InlineData(9, 30000)]
    [InlineData(60, 30000)]
    public void Delay_LaterReconnect_IsAtMostTheDoubledBaseCapped(int failures, int ceilingMilliseconds)
    {
        var random = new Random(42);
        var delays = Enumerable.Range(0, 200).Select(_ => ReconnectBackoff.Delay(failures, Base, Max, random)).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.Zero, TimeSpan.FromMilliseconds(ceilingMilliseconds)));
        Assert.True(delays.Distinct().Count() > 100, "the delays are jittered");
        Assert.True(delays.Max() > TimeSpan.FromMilliseconds(ceilingMilliseconds * 0.9), "the jitter spans the whole range");
    }
}

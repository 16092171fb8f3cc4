using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>Trace ids are version-4 UUIDs plus the time, never start with "x-", and do not repeat.</summary>
public sealed class TraceIdTests
{
    [Fact]
    public void Create_MakesDistinctVersion4UuidsWithTheTime()
    {
        var now = new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
        var clock = new FixedClock(now);

        var traces = Enumerable.Range(0, 10_000).Select(_ => TraceId.Create(clock)).ToArray();

        Assert.Equal(traces.Length, traces.Distinct(StringComparer.Ordinal).Count());
        Assert.All(traces, trace =>
        {
            // Starts with a hex digit, so never with "x-" (the gateway's own prefix).
            Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}-[0-9]{13}$", trace);
            Assert.EndsWith($"-{now.ToUnixTimeMilliseconds()}", trace, StringComparison.Ordinal);
        });
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// How long to wait before a reconnect attempt: none before the first (the vendor asks clients to reconnect at once),
/// then a random time up to the base delay doubled per attempt, capped ("full jitter", so many clients dropped at once
/// do not return at once).
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
    {
        if (failures <= 1 || baseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponent = Math.Min(failures - 2, 30);
        var ceiling = Math.Min(maxDelay.Ticks, baseDelay.Ticks * (1L << Math.Min(exponent, 20)));
        return TimeSpan.FromTicks((long)(random.NextDouble() * ceiling));
    }
}

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Reads the vendor's stream timestamps, which its examples give in Unix seconds or milliseconds.</summary>
internal static class VendorTime
{
    /// <summary>Values below this are seconds (10^11 s is the year 5138; 10^11 ms is 1973).</summary>
    private const long SecondsLimit = 100_000_000_000;

    public static DateTimeOffset ToTimestamp(long value) =>
        value <= 0 ? DateTimeOffset.UnixEpoch
        : value < SecondsLimit ? DateTimeOffset.FromUnixTimeSeconds(value)
        : value <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() ? DateTimeOffset.FromUnixTimeMilliseconds(value)
        : DateTimeOffset.MaxValue;
}

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>Millisecond Unix timestamps, as the platform sends them.</summary>
internal static class UnixTime
{
    private static readonly long Min = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();
    private static readonly long Max = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public static DateTimeOffset? FromMilliseconds(long? milliseconds) =>
        milliseconds is { } ms && ms >= Min && ms <= Max ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}

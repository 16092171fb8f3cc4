using System.Text.Json;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// A Unix time read from the vendor's JSON, as a <see cref="DateTimeOffset"/>: a value outside the calendar
/// (<see cref="DateTimeOffset.MinValue"/> to <see cref="DateTimeOffset.MaxValue"/>) is a <see cref="JsonException"/>,
/// like any other unreadable value, never an <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal static class UnixTime
{
    private const long MinMilliseconds = -62_135_596_800_000;
    private const long MaxMilliseconds = 253_402_300_799_999;

    public static DateTimeOffset FromMilliseconds(long milliseconds) =>
        milliseconds is >= MinMilliseconds and <= MaxMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : throw new JsonException($"{milliseconds} is outside the range of a Unix time in milliseconds.");

    public static DateTimeOffset FromSeconds(long seconds) =>
        seconds is >= MinMilliseconds / 1000 and <= MaxMilliseconds / 1000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : throw new JsonException($"{seconds} is outside the range of a Unix time in seconds.");
}

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>A product's weekly trading sessions: day of week 1–7 (Monday to Sunday) and seconds of the day (UTC), end excluded.</summary>
internal sealed record TradingHours(IReadOnlyList<(int DayOfWeek, int Start, int End)> Sessions)
{
    private const int Day = 86_400;

    /// <summary>Every day, all day (crypto).</summary>
    public static TradingHours AlwaysOpen { get; } = new([.. Enumerable.Range(1, 7).Select(d => (d, 0, Day))]);

    /// <summary>Sunday 22:00 to Friday 22:00 UTC (forex).</summary>
    public static TradingHours Forex { get; } = new([(1, 0, Day), (2, 0, Day), (3, 0, Day), (4, 0, Day), (5, 0, 79_200), (7, 79_200, Day)]);

    public bool IsOpen(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        var day = utc.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)utc.DayOfWeek;
        var second = (int)utc.TimeOfDay.TotalSeconds;
        return Sessions.Any(s => s.DayOfWeek == day && second >= s.Start && second < s.End);
    }
}

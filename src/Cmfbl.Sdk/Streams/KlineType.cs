namespace Cmfbl.Sdk.Streams;

/// <summary>The bar length of a K-line query (<c>kline_type</c>).</summary>
public enum KlineType
{
    /// <summary>1: one minute.</summary>
    OneMinute = 1,

    /// <summary>2: five minutes.</summary>
    FiveMinutes = 2,

    /// <summary>3: fifteen minutes.</summary>
    FifteenMinutes = 3,

    /// <summary>4: thirty minutes.</summary>
    ThirtyMinutes = 4,

    /// <summary>5: one hour.</summary>
    OneHour = 5,

    /// <summary>6: two hours.</summary>
    TwoHours = 6,

    /// <summary>7: four hours.</summary>
    FourHours = 7,

    /// <summary>8: one day.</summary>
    OneDay = 8,

    /// <summary>9: one week.</summary>
    OneWeek = 9,

    /// <summary>10: one month.</summary>
    OneMonth = 10,
}

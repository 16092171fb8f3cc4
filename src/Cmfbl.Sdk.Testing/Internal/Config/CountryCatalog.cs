namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>The countries of the country dictionary (parent code <c>-1</c>): ISO alpha-2 code, name and phone area code.</summary>
internal static class CountryCatalog
{
    public static IReadOnlyList<(long Id, string Code, string Name, string AreaCode)> Countries { get; } =
    [
        (2, "AF", "Afghanistan", "+93"), (9, "AR", "Argentina", "+54"), (14, "AU", "Australia", "+61"),
        (32, "BR", "Brazil", "+55"), (39, "CA", "Canada", "+1"), (46, "CN", "China", "+86"),
        (80, "DE", "Germany", "+49"), (74, "FR", "France", "+33"), (76, "GB", "United Kingdom", "+44"),
        (96, "HK", "Hong Kong", "+852"), (110, "JP", "Japan", "+81"), (195, "SG", "Singapore", "+65"),
        (226, "US", "United States", "+1"),
    ];
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The <c>source</c> names of the registration sources 1–9.</summary>
internal static class RegisterSources
{
    private static readonly string[] Names = ["H5", "PC_Web", "System", "Android", "iOS", "HOS", "PC_Win", "PC_Mac", "other"];

    public static bool IsValid(long source) => source is >= 1 and <= 9;

    public static string? Name(int source) => IsValid(source) ? Names[source - 1] : null;
}

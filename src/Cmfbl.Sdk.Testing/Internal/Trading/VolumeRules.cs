namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The order quantities (lots) the fake accepts on every product: 0.01 to 100 in steps of 0.01.</summary>
internal static class VolumeRules
{
    public const int Digits = 2;
    public const decimal Step = 0.01m;
    public const decimal Min = 0.01m;
    public const decimal Max = 100m;

    public static bool Allows(decimal volume) => volume is >= Min and <= Max && volume % Step == 0;
}

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The fake's trading fee: 0.05 % of the traded value (quantity × price) on opening and on closing, in the account's digits.</summary>
internal static class Fees
{
    public const decimal Rate = 0.0005m;

    public static decimal Of(decimal quantity, decimal price, int accountDigits) =>
        Math.Round(quantity * price * Rate, accountDigits, MidpointRounding.AwayFromZero);
}

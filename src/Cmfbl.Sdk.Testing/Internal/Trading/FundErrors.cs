namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// The funds service's refusals of a customer's deposit or withdrawal. The catalogue names the ranges (REFERENCE §2.3:
/// <c>FS51001</c>–<c>FS51046</c> withdrawal limits) but not each code's meaning: the withdrawal codes here are
/// [inferred]. The wrong fund password is the customer service's documented <c>CUSTOMER_API_0000132</c>.
/// </summary>
internal static class FundErrors
{
    private const string Module = "FS";

    /// <summary>Below the minimum withdrawal [inferred: the first code of the withdrawal range].</summary>
    public static readonly FakeError BelowMinimum = new("FS51001", "The withdrawal amount is below the minimum", Module);

    /// <summary>The fund (assets) password is wrong or missing (documented: "fund password wrong").</summary>
    public static readonly FakeError WrongFundPassword = new("CUSTOMER_API_0000132", "The fund password is incorrect", "US");

    /// <summary>
    /// More than the free amount [inferred: <c>FS51014</c> is the withdrawal code REFERENCE cites as an example of a
    /// funds error, its meaning is not documented].
    /// </summary>
    public static FakeError InsufficientAvailable(decimal amount, decimal available, string currency) => new(
        "FS51014",
        FormattableString.Invariant($"The withdrawal amount exceeds the available amount ({amount} {currency} requested, {available} {currency} available)"),
        Module);

    /// <summary>The minimum, with the amount in <c>msgParams</c>.</summary>
    public static FakeError Minimum(decimal minimum, string currency) => BelowMinimum with
    {
        Msg = FormattableString.Invariant($"The withdrawal amount is below the minimum of {minimum} {currency}"),
        MsgParams = FormattableString.Invariant($"{minimum}"),
    };
}

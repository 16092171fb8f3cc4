namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>The body fields the trading operations on one customer require.</summary>
internal static class CustomerFields
{
    /// <summary><c>tradeType</c>, <c>customerNo</c>, <c>customerId</c>, <c>customerGroupId</c> (cancelPboOrder, forcedOrder, queryCapitalFlowList).</summary>
    public static readonly string[] Required = ["tradeType", "customerNo", "customerId", "customerGroupId"];
}

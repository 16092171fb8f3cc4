namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Asset ids and decimal places of the currencies the fake knows (USDT's match the vendor's login example).</summary>
internal static class AssetCatalog
{
    private static readonly Dictionary<string, (long AssetsId, int Digits)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = (1, 2),
        ["BTC"] = (2, 8),
        ["ETH"] = (3, 8),
        ["USDT"] = (13, 4),
        ["USDC"] = (14, 4),
        ["BNB"] = (15, 8),
    };

    /// <summary>Gets the codes of the known currencies, in asset-id order.</summary>
    public static IEnumerable<string> Codes => Known.OrderBy(k => k.Value.AssetsId).Select(k => k.Key);

    /// <summary>Returns the asset id and digits; unknown currencies get id 999 and 2 digits.</summary>
    public static (long AssetsId, int Digits) Describe(string currency) =>
        Known.TryGetValue(currency, out var known) ? known : (999, 2);

    public static bool IsKnown(string currency) => Known.ContainsKey(currency);
}

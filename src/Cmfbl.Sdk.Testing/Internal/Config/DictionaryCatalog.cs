namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// The common dictionaries by <c>parentCode</c>: phone area codes, registration sources, banks, languages, and the
/// chains a currency can be deposited on (parent code = the currency). Each entry is (code, name, extend).
/// </summary>
internal static class DictionaryCatalog
{
    private static readonly Dictionary<string, (string Code, string Name, string Extend)[]> Lists = new(StringComparer.Ordinal)
    {
        ["phone_code"] =
        [
            ("+86", "China", "CN"), ("+852", "Hong Kong", "HK"), ("+1", "United States", "US"), ("+44", "United Kingdom", "GB"),
            ("+65", "Singapore", "SG"), ("+81", "Japan", "JP"), ("+49", "Germany", "DE"), ("+61", "Australia", "AU"),
        ],
        ["register_source"] =
        [
            ("1", "H5", string.Empty), ("2", "PC_Web", string.Empty), ("3", "System", string.Empty), ("4", "Android", string.Empty),
            ("5", "iOS", string.Empty), ("6", "HOS", string.Empty), ("7", "PC_Win", string.Empty), ("8", "PC_Mac", string.Empty),
            ("9", "other", string.Empty),
        ],
        ["bank_code"] =
        [
            ("ICBC", "Industrial and Commercial Bank of China", string.Empty), ("BOC", "Bank of China", string.Empty),
            ("HSBC", "HSBC", string.Empty), ("CITI", "Citibank", string.Empty),
        ],
        ["Language"] = [("zh-CN", "简体中文", string.Empty), ("en-US", "English", string.Empty), ("zh-HK", "繁體中文", string.Empty)],
        ["USDT"] = [("Tron(TRC20)", "Tron", string.Empty), ("Ethereum(ERC20)", "Ethereum", string.Empty)],
        ["USDC"] = [("Ethereum(ERC20)", "Ethereum", string.Empty)],
        ["BTC"] = [("Bitcoin", "Bitcoin", string.Empty)],
        ["ETH"] = [("Ethereum(ERC20)", "Ethereum", string.Empty)],
    };

    /// <summary>The parent entries' ids, so every entry gets a stable id under its parent.</summary>
    private static readonly string[] Parents = [.. Lists.Keys];

    /// <summary>Returns the entries under <paramref name="parentCode"/> (case-sensitive), empty for an unknown code.</summary>
    public static IEnumerable<(long Id, long ParentId, int Sort, string Code, string Name, string Extend)> Children(string parentCode)
    {
        var parent = Array.IndexOf(Parents, parentCode);
        if (parent < 0)
        {
            return [];
        }

        var parentId = 100 + parent;
        return Lists[parentCode].Select((e, i) => ((long)(1000 * (parent + 1)) + i + 1, (long)parentId, i + 1, e.Code, e.Name, e.Extend));
    }
}

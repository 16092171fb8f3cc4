using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>A currency as getAssetsList and getTradeTypeList return it (<c>AssetsVo</c>).</summary>
internal static class AssetJson
{
    public static JsonObject Create(string code, DateTimeOffset time)
    {
        var (id, digits) = AssetCatalog.Describe(code);
        return ConfigJson.Audited(
            new JsonObject
            {
                ["code"] = code,
                ["displayName"] = null,
                ["strId"] = id.ToString(CultureInfo.InvariantCulture),
                ["type"] = 1,
                ["fundId"] = null,
                ["bizName"] = "ASSETS",
                ["name"] = code,
                ["digits"] = digits,
                ["initState"] = null,
                ["id"] = id,
            },
            time);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The company profile the auth call returns, with the new token (REFERENCE.md §1.5, appendix "Auth").</summary>
internal static class CompanyJson
{
    public static JsonObject Create(FakeSettings settings, string token)
    {
        var tradeTypeList = new JsonArray(settings.TradeTypes
            .Select(t => (JsonNode)new JsonObject
            {
                ["id"] = t.Id.ToString(CultureInfo.InvariantCulture),
                ["code"] = t.Code,
                ["name"] = t.Name,
            })
            .ToArray());
        return new JsonObject
        {
            ["id"] = settings.CompanyId,
            ["strId"] = settings.CompanyId.ToString(CultureInfo.InvariantCulture),
            ["code"] = settings.CompanyCode,
            ["codeMd5"] = Md5Hex.Of(settings.CompanyCode),
            ["name"] = settings.CompanyName,
            ["bizName"] = settings.CompanyName,
            ["appId"] = settings.AppId,
            ["appSecret"] = null,
            ["lang"] = "en-US",
            ["timezone"] = 8,
            ["publicKey"] = settings.CompanyKey is { } key ? Convert.ToBase64String(key.ExportSubjectPublicKeyInfo()) : string.Empty,
            ["logo"] = string.Empty,
            ["bgImage"] = string.Empty,
            ["adImage"] = string.Empty,
            ["domain"] = "localhost",
            ["tradeTypes"] = string.Join(",", settings.TradeTypes.Select(t => t.Id.ToString(CultureInfo.InvariantCulture))),
            ["tradeTypeList"] = tradeTypeList,
            ["startNumber"] = settings.NumberStart,
            ["endNumber"] = settings.NumberEnd,
            ["companyType"] = "real",
            ["status"] = 1,
            ["dataSourceType"] = 1,
            ["initProgress"] = 3,
            ["revision"] = 1,
            ["associationCompanyId"] = null,
            ["createBy"] = "system",
            ["createTime"] = UnixTime.Ms(settings.StartedAt),
            ["updateBy"] = "system",
            ["updateTime"] = UnixTime.Ms(settings.StartedAt),
            ["adminPassword"] = null,
            ["adminRoleId"] = null,
            ["adminUserId"] = null,
            ["stpLoginUser"] = null,
            ["stpAccount"] = null,
            ["stpPassword"] = null,
            ["demoInitialAmount"] = null,
            ["dbPassword"] = null,
            ["token"] = token,
        };
    }
}

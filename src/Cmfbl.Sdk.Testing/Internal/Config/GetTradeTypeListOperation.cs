using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.admin.AdminAssetsDubboService.getTradeTypeList</c>: per trade type of the company, its customer groups
/// and the currencies each group may hold.
/// </summary>
internal sealed class GetTradeTypeListOperation(FakeBackend backend) : OperationBase("config.admin.AdminAssetsDubboService.getTradeTypeList")
{
    public override Outcome Handle(OperationCall call)
    {
        var settings = backend.Settings;
        _ = ConfigJson.Company(call.Body, settings, required: false, out var ours);
        return Outcome.Ok(ConfigJson.Array((ours ? settings.TradeTypes : []).Select(t => new JsonObject
        {
            ["tradeType"] = t.Id,
            ["tradeTypeName"] = t.Name,
            ["customerGroupList"] = ConfigJson.Array(settings.Groups.Where(g => g.TradeType == t.Id).Select(g => new JsonObject
            {
                ["customerGroupId"] = g.Id,
                ["customerGroupName"] = g.Name,
                ["assetsVoList"] = ConfigJson.Array(g.AssetCodes.Select(c => AssetJson.Create(c, settings.StartedAt))),
            })),
        })));
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary><c>config.admin.AdminSymbolDubboService.getSymbolTradeTypeByCompanyId</c>: the products of one customer group on one trade type.</summary>
internal sealed class GetSymbolTradeTypeByCompanyIdOperation(FakeBackend backend)
    : OperationBase("config.admin.AdminSymbolDubboService.getSymbolTradeTypeByCompanyId")
{
    public override Outcome Handle(OperationCall call)
    {
        var settings = backend.Settings;
        if (ConfigJson.Company(call.Body, settings, required: true, out var ours) is { } error)
        {
            return error;
        }

        if (JsonRead.Int64(call.Body, "tradeType") is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        if (JsonRead.Int64(call.Body, "customerGroupId") is not { } groupId)
        {
            return Errors.BadParameter("customerGroupId");
        }

        var group = settings.FindGroup(groupId);
        var tradeTypeName = settings.TradeTypes.FirstOrDefault(t => t.Id == tradeType)?.Name;
        var products = ours && group is not null && group.TradeType == tradeType ? ProductCatalog.ForGroup(group) : [];
        return Outcome.Ok(ConfigJson.Array(products.Select(p => new JsonObject
        {
            ["customerGroupId"] = groupId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["symbolCode"] = p.Code,
            ["symbolId"] = p.Id,
            ["tradeTypeName"] = tradeTypeName,
            ["symbolName"] = p.Name,
            ["tradeType"] = tradeType,
        })));
    }
}

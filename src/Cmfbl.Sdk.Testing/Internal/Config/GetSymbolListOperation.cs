using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary><c>config.admin.AdminSymbolDubboService.getSymbolList</c>: the products a customer group may trade, optionally those whose name or code contains <c>name</c>.</summary>
internal sealed class GetSymbolListOperation(FakeBackend backend) : OperationBase("config.admin.AdminSymbolDubboService.getSymbolList")
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Int64(call.Body, "customerGroupId") is not { } groupId)
        {
            return Errors.BadParameter("customerGroupId");
        }

        var name = JsonRead.Text(call.Body, "name");
        var products = backend.Settings.FindGroup(groupId) is { } group ? ProductCatalog.ForGroup(group) : [];
        return Outcome.Ok(ConfigJson.Array(products
            .Where(p => name is null
                || p.Name.Contains(name, StringComparison.OrdinalIgnoreCase)
                || p.Code.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Select(p => new JsonObject
            {
                ["sourceId"] = "FAKE_" + p.Code,
                ["code"] = p.Code,
                ["etf"] = false,
                ["tradeTypes"] = string.Join(',', p.TradeTypes),
                ["name"] = p.Name,
                ["profitCurrency"] = p.ProfitCurrency,
                ["id"] = p.Id,
                ["baseCurrency"] = p.BaseCurrency,
                ["status"] = 1,
            })));
    }
}

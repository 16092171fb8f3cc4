using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>
/// <c>config.admin.AdminSymbolDubboService.getSymbolList</c> (Manager token) and
/// <c>config.app.AppSymbolDubboService.getSymbolList</c> (Client API, token optional): the products a customer group
/// may trade, optionally those whose name or code contains <c>name</c>; a <c>tradeType</c> other than the group's
/// matches none.
/// </summary>
internal sealed class GetSymbolListOperation(FakeBackend backend, RouteFamily family = RouteFamily.Manager)
    : OperationBase(
        family == RouteFamily.Manager ? "config.admin.AdminSymbolDubboService.getSymbolList" : "config.app.AppSymbolDubboService.getSymbolList",
        family == RouteFamily.Manager ? OperationAuth.ManagerToken : OperationAuth.OptionalClientToken,
        family: family)
{
    public override Outcome Handle(OperationCall call)
    {
        if (JsonRead.Int64(call.Body, "customerGroupId") is not { } groupId)
        {
            return Errors.BadParameter("customerGroupId");
        }

        var name = JsonRead.Text(call.Body, "name");
        var tradeType = JsonRead.Int64(call.Body, "tradeType");
        var products = backend.Settings.FindGroup(groupId) is { } group && (tradeType is null || tradeType == group.TradeType) ? ProductCatalog.ForGroup(group) : [];
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

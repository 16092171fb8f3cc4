using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary><c>config.admin.AdminSymbolDubboService.getSymbolGroupList</c>: the product groups (1 Crypto, 2 Forex).</summary>
internal sealed class GetSymbolGroupListOperation(FakeBackend backend) : OperationBase("config.admin.AdminSymbolDubboService.getSymbolGroupList")
{
    public override Outcome Handle(OperationCall call) =>
        Outcome.Ok(ConfigJson.Array(ProductCatalog.SymbolGroups.Select(g => ConfigJson.Audited(
            new JsonObject
            {
                ["id"] = g.Id,
                ["strId"] = g.Id.ToString(CultureInfo.InvariantCulture),
                ["name"] = g.Name,
                ["companyId"] = backend.Settings.CompanyId,
                ["bizName"] = "SYMBOL_GROUP",
            },
            backend.Settings.StartedAt))));
}

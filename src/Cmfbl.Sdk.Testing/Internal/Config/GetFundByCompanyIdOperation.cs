using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary><c>config.admin.AdminSymbolDubboService.getFundByCompanyId</c>: the company's one fund, open to every customer group.</summary>
internal sealed class GetFundByCompanyIdOperation(FakeBackend backend) : OperationBase("config.admin.AdminSymbolDubboService.getFundByCompanyId")
{
    public override Outcome Handle(OperationCall call)
    {
        var settings = backend.Settings;
        if (ConfigJson.Company(call.Body, settings, required: true, out var ours) is { } error)
        {
            return error;
        }

        var fund = ProductCatalog.Fund;
        JsonObject[] rows = ours
            ?
            [
                new JsonObject
                {
                    ["shareTokenCode"] = fund.Code,
                    ["fundId"] = fund.Id,
                    ["customerGroupIds"] = string.Join(',', settings.Groups.Select(g => g.Id)),
                    ["fundName"] = fund.Name,
                },
            ]
            : [];
        return Outcome.Ok(ConfigJson.Array(rows));
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>customer.admin.CustomerGroupAdminApiService.groupList</c>: the groups as an array, optionally only those of <c>tradeType</c>.</summary>
internal sealed class GroupListOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.Manager;

    public string BizType => BizTypes.GroupList;

    public OperationAuth Auth => OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        var tradeType = JsonRead.Int64(call.Body, "tradeType");
        var groups = backend.Settings.Groups
            .Where(g => tradeType is null || g.TradeType == tradeType)
            .Select(g => (JsonNode)GroupJson.Create(g))
            .ToArray();
        return Outcome.Ok(new JsonArray(groups));
    }
}

using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary><c>fund.admin.CustomerActivityBonusAdminDubboService.queryTradeTypeLockTradeAccount</c>: the three lock states (types 1, 2, 3) of the customer's account of the trade type.</summary>
internal sealed class QueryTradeTypeLockTradeAccountOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerActivityBonusAdminDubboService.queryTradeTypeLockTradeAccount")
{
    public override Outcome Handle(OperationCall call)
    {
        if (!LockTarget.TryRead(backend, call.Body, withType: false, out var target, out var error))
        {
            return error;
        }

        return Outcome.Ok(new JsonArray([.. Enumerable.Range(1, 3).Select(type => (JsonNode)new JsonObject
        {
            ["lockStatus"] = backend.Locks.IsLocked(target.CustomerNo, target.TradeType, type),
            ["type"] = type,
        })]));
    }
}

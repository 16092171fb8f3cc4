using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary><c>fund.admin.CustomerActivityBonusAdminDubboService.queryOneLockTradeAccount</c>: whether the lock of type 1 (in), 2 (out) or 3 (both) is on, as a boolean.</summary>
internal sealed class QueryOneLockTradeAccountOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerActivityBonusAdminDubboService.queryOneLockTradeAccount")
{
    public override Outcome Handle(OperationCall call) =>
        LockTarget.TryRead(backend, call.Body, withType: true, out var target, out var error)
            ? Outcome.Ok(JsonValue.Create(backend.Locks.IsLocked(target.CustomerNo, target.TradeType, target.Type)))
            : error;
}

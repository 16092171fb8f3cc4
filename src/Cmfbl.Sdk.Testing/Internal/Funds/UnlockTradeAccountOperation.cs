namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary><c>fund.admin.CustomerActivityBonusAdminDubboService.unlockTradeAccount</c>: lifts the transfer lock of type 1 (in), 2 (out) or 3 (both); <c>data</c> null.</summary>
internal sealed class UnlockTradeAccountOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerActivityBonusAdminDubboService.unlockTradeAccount")
{
    public override Outcome Handle(OperationCall call)
    {
        if (!LockTarget.TryRead(backend, call.Body, withType: true, out var target, out var error))
        {
            return error;
        }

        backend.Locks.Unlock(target.CustomerNo, target.TradeType, target.Type);
        return Outcome.Ok(null);
    }
}

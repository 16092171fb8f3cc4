namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.admin.CustomerActivityBonusAdminDubboService.lockTradeAccount</c>: locks transfers in (type 1), out (2) or
/// both (3) of the customer's account of the trade type, until <c>lockEndTime</c> (ms), else for <c>lockTime</c>
/// seconds, else for a day; <c>data</c> null.
/// </summary>
internal sealed class LockTradeAccountOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerActivityBonusAdminDubboService.lockTradeAccount")
{
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromDays(1);

    public override Outcome Handle(OperationCall call)
    {
        if (!LockTarget.TryRead(backend, call.Body, withType: true, out var target, out var error))
        {
            return error;
        }

        var now = backend.Settings.Time.GetUtcNow();
        var endMs = JsonRead.Int64(call.Body, "lockEndTime");
        var seconds = JsonRead.Int64(call.Body, "lockTime");
        if (endMs is { } end && end <= now.ToUnixTimeMilliseconds())
        {
            return Errors.BadParameter("lockEndTime");
        }

        if (seconds is <= 0)
        {
            return Errors.BadParameter("lockTime");
        }

        var until = endMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : seconds is { } s ? now.AddSeconds(s)
            : now + DefaultDuration;
        backend.Locks.Lock(target.CustomerNo, target.TradeType, target.Type, until);
        return Outcome.Ok(null);
    }
}

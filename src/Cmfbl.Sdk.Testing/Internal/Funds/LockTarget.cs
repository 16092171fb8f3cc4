using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>What a lock request names: the customer, one of their trade types, and the lock type (1 in, 2 out, 3 both).</summary>
internal sealed record LockTarget(string CustomerNo, int TradeType, int Type)
{
    /// <summary>Reads <c>customerNo</c>, <c>tradeType</c>, <c>companyId</c> (ours) and, with <paramref name="withType"/>, <c>type</c>.</summary>
    public static bool TryRead(FakeBackend backend, JsonObject body, bool withType, [NotNullWhen(true)] out LockTarget? target, [NotNullWhen(false)] out FakeError? error)
    {
        target = null;
        if (!CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out error, "customerNo", "tradeType", "companyId"))
        {
            return false;
        }

        var tradeType = JsonRead.Int64(body, "tradeType");
        var type = withType ? JsonRead.Int64(body, "type") : 3;
        error = JsonRead.Int64(body, "companyId") != backend.Settings.CompanyId ? Errors.BadParameter("companyId")
            : type is not { } t || !TransferLocks.IsValidType(t) ? Errors.BadParameter("type")
            : !customer.Accounts.Any(a => a.TradeType == tradeType) ? Errors.DataNotFound
            : null;
        if (error is not null)
        {
            return false;
        }

        target = new LockTarget(customer.CustomerNo, (int)tradeType!.Value, (int)type!.Value);
        return true;
    }
}

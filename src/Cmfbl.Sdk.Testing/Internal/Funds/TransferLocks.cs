namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// The transfer locks of trading accounts, per customer and trade type: transfers in (type 1), out (type 2), or both
/// (type 3, which reads as locked only while both are). A lock ends at its end time (the server's clock) or on unlock.
/// </summary>
internal sealed class TransferLocks(TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<(string CustomerNo, int TradeType), (DateTimeOffset In, DateTimeOffset Out)> _locks = [];

    public static bool IsValidType(long type) => type is >= 1 and <= 3;

    public void Lock(string customerNo, int tradeType, int type, DateTimeOffset until)
    {
        lock (_gate)
        {
            var (lockedIn, lockedOut) = _locks.GetValueOrDefault((customerNo, tradeType));
            _locks[(customerNo, tradeType)] = (Covers(type, 1) ? until : lockedIn, Covers(type, 2) ? until : lockedOut);
        }
    }

    public void Unlock(string customerNo, int tradeType, int type) => Lock(customerNo, tradeType, type, DateTimeOffset.MinValue);

    public bool IsLocked(string customerNo, int tradeType, int type)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var (lockedIn, lockedOut) = _locks.GetValueOrDefault((customerNo, tradeType));
            return (!Covers(type, 1) || lockedIn > now) && (!Covers(type, 2) || lockedOut > now);
        }
    }

    /// <summary>Whether lock type 1 (in), 2 (out) or 3 (both) covers the direction 1 (in) or 2 (out).</summary>
    private static bool Covers(int type, int direction) => type == 3 || type == direction;
}

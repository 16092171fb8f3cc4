using System.Collections.Concurrent;

namespace Cmfbl.Sdk.Samples.Receivers;

/// <summary>The white label's own wallet, in memory: balances and the change each adjustment made, so it can be reversed.</summary>
public sealed class Wallet
{
    private readonly ConcurrentDictionary<(string User, string Currency), decimal> _balances = new();
    private readonly ConcurrentDictionary<string, (string User, string Currency, decimal Change)> _applied = new();
    private readonly Lock _gate = new();

    public decimal Balance(string user, string currency) => _balances.GetValueOrDefault((user, currency));

    public void Deposit(string user, string currency, decimal amount) => _balances.AddOrUpdate((user, currency), amount, (_, old) => old + amount);

    /// <summary>Applies a change unless it would overdraw; remembers it under the request number.</summary>
    public bool TryApply(string requestUniqueNo, string user, string currency, decimal change)
    {
        lock (_gate)
        {
            var balance = Balance(user, currency);
            if (balance + change < 0)
            {
                return false;
            }

            _balances[(user, currency)] = balance + change;
            _applied[requestUniqueNo] = (user, currency, change);
            return true;
        }
    }

    /// <summary>Undoes the change made under <paramref name="requestUniqueNo"/>, once.</summary>
    public bool TryReverse(string requestUniqueNo)
    {
        lock (_gate)
        {
            if (!_applied.TryRemove(requestUniqueNo, out var applied))
            {
                return false;
            }

            _balances[(applied.User, applied.Currency)] = Balance(applied.User, applied.Currency) - applied.Change;
            return true;
        }
    }
}

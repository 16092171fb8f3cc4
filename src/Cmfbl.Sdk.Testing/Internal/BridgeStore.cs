using System.Globalization;
using System.Security.Cryptography;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The Bridge API's state: the merchant key (its RSA pair made on first use), the customers' exchange accounts, their
/// orders, fills and balances, and the webhook subscriptions. Market orders fill at once at a fixed price per symbol;
/// limit orders rest until cancelled. Every change happens under one lock.
/// </summary>
internal sealed class BridgeStore(TimeProvider time)
{
    /// <summary>What every new exchange account holds.</summary>
    public const decimal StartingUsdt = 10_000m;

    private readonly object _gate = new();
    private readonly Lazy<(string Public, string Private)> _keyPair = new(static () =>
    {
        using var rsa = RSA.Create(1024);
        return (Convert.ToBase64String(rsa.ExportSubjectPublicKeyInfo()), Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()));
    });

    private readonly List<BridgeAccount> _accounts = [];
    private readonly List<BridgeOrder> _orders = [];
    private readonly Dictionary<string, string> _webhooks = new(StringComparer.Ordinal);
    private long _nextOrderId = 900_000_001;
    private long _nextTradeId = 700_000_001;

    /// <summary>Gets the merchant API key the fake accepts.</summary>
    public string ApiKey { get; } = "fakebridge" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..22];

    /// <summary>Gets the merchant key's public key (Base64 X.509).</summary>
    public string PublicKey => _keyPair.Value.Public;

    /// <summary>Gets the merchant key's private key (Base64 PKCS#8), for the SDK under test.</summary>
    public string PrivateKey => _keyPair.Value.Private;

    public IReadOnlyDictionary<string, string> Webhooks
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_webhooks, StringComparer.Ordinal);
            }
        }
    }

    public void Subscribe(string apiKey, string url)
    {
        lock (_gate)
        {
            _webhooks[apiKey] = url;
        }
    }

    public FakeError? AddAccount(BridgeAccount account)
    {
        lock (_gate)
        {
            if (_accounts.Any(a => a.CustomerNo == account.CustomerNo && a.AccountName == account.AccountName))
            {
                return Errors.ExchangeAccountExists;
            }

            _accounts.Add(account with { Balances = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["USDT"] = StartingUsdt } });
            return null;
        }
    }

    public BridgeAccount? UpdateAccount(string customerNo, string accountName, Func<BridgeAccount, BridgeAccount> change)
    {
        lock (_gate)
        {
            var index = _accounts.FindIndex(a => a.CustomerNo == customerNo && a.AccountName == accountName);
            if (index < 0)
            {
                return null;
            }

            _accounts[index] = change(_accounts[index]);
            return _accounts[index];
        }
    }

    public IReadOnlyList<BridgeAccount> Accounts(string customerNo, string? accountName)
    {
        lock (_gate)
        {
            return _accounts.Where(a => a.CustomerNo == customerNo && (accountName is null || a.AccountName == accountName)).ToArray();
        }
    }

    public bool DeleteAccount(string customerNo, string accountName)
    {
        lock (_gate)
        {
            return _accounts.RemoveAll(a => a.CustomerNo == customerNo && a.AccountName == accountName) > 0;
        }
    }

    public BridgeAccount? Account(string customerNo, string accountName, string exchangeId)
    {
        lock (_gate)
        {
            return _accounts.FirstOrDefault(a => a.CustomerNo == customerNo && a.AccountName == accountName && a.ExchangeCode == exchangeId);
        }
    }

    /// <summary>Places an order; a repeat of a client order id on the same account answers the order it placed first.</summary>
    public BridgeOrder Place(BridgeOrder order)
    {
        lock (_gate)
        {
            if (order.ClientOrderId is { } clientId
                && _orders.FirstOrDefault(o => o.CustomerNo == order.CustomerNo && o.AccountName == order.AccountName && o.ClientOrderId == clientId) is { } existing)
            {
                return existing;
            }

            var placed = order with
            {
                OrderId = (_nextOrderId++).ToString(CultureInfo.InvariantCulture),
                ClientOrderId = order.ClientOrderId ?? "fake" + _nextOrderId.ToString(CultureInfo.InvariantCulture),
                Time = time.GetUtcNow(),
            };
            if (placed.OrderType == 1)
            {
                placed = Fill(placed);
            }

            _orders.Add(placed);
            return placed;
        }
    }

    public BridgeOrder? Find(string customerNo, string accountName, string? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            return _orders.FirstOrDefault(o => o.CustomerNo == customerNo && o.AccountName == accountName
                && (orderId is not null ? o.OrderId == orderId : o.ClientOrderId == clientOrderId));
        }
    }

    /// <summary>Cancels a resting order (status 4); a filled or cancelled one is answered as it is.</summary>
    public BridgeOrder? Cancel(string customerNo, string accountName, string? orderId, string? clientOrderId)
    {
        lock (_gate)
        {
            var index = _orders.FindIndex(o => o.CustomerNo == customerNo && o.AccountName == accountName
                && (orderId is not null ? o.OrderId == orderId : o.ClientOrderId == clientOrderId));
            if (index < 0)
            {
                return null;
            }

            if (_orders[index].Status == 1)
            {
                _orders[index] = _orders[index] with { Status = 4 };
            }

            return _orders[index];
        }
    }

    public IReadOnlyList<BridgeOrder> Fills(string customerNo, string accountName, string symbolId, DateTimeOffset from, DateTimeOffset to, int limit)
    {
        lock (_gate)
        {
            return _orders.Where(o => o.CustomerNo == customerNo && o.AccountName == accountName && o.SymbolId == symbolId && o.TradeId is not null
                    && o.Time >= from && o.Time <= to)
                .OrderByDescending(o => o.Time)
                .Take(limit)
                .ToArray();
        }
    }

    /// <summary>A market order fills at the symbol's price: the quote currency pays, the base currency is received (or the reverse for a sell).</summary>
    private BridgeOrder Fill(BridgeOrder order)
    {
        var price = PriceOf(order.SymbolId);
        var quantity = order.Num ?? Math.Round((order.Amount ?? 0m) / price, 8);
        var (baseCurrency, quoteCurrency) = Split(order.SymbolId);
        var index = _accounts.FindIndex(a => a.CustomerNo == order.CustomerNo && a.AccountName == order.AccountName);
        if (index >= 0)
        {
            var balances = new Dictionary<string, decimal>(_accounts[index].Balances, StringComparer.Ordinal);
            var sign = order.Direction == 1 ? 1 : -1;
            balances[baseCurrency] = balances.GetValueOrDefault(baseCurrency) + (sign * quantity);
            balances[quoteCurrency] = balances.GetValueOrDefault(quoteCurrency) - (sign * quantity * price);
            _accounts[index] = _accounts[index] with { Balances = balances };
        }

        return order with { Status = 2, ExecuteNum = quantity, ExecutePrice = price, TradeId = (_nextTradeId++).ToString(CultureInfo.InvariantCulture) };
    }

    private static decimal PriceOf(string symbolId) => symbolId.StartsWith("BTC", StringComparison.Ordinal) ? 65_000m
        : symbolId.StartsWith("ETH", StringComparison.Ordinal) ? 3_500m
        : 1m;

    private static (string Base, string Quote) Split(string symbolId) =>
        symbolId.EndsWith("USDT", StringComparison.Ordinal) && symbolId.Length > 4 ? (symbolId[..^4], "USDT") : (symbolId, "USDT");
}

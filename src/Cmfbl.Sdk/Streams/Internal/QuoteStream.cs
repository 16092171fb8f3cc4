using System.Runtime.CompilerServices;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// The quote stream: spreads the products of every active subscription over connections of at most
/// <see cref="QuoteStreamOptions.MaxSymbolsPerConnection"/> each, keeps each connection's intended set (the union of
/// what the subscriptions homed on it want), and routes every event to the subscriptions that want it.
/// </summary>
internal sealed class QuoteStream : IQuoteStream, IQuoteConnectionOwner
{
    private readonly StreamRuntime _runtime;
    private readonly ITokenSource? _tokens;
    private readonly QuoteMarket _market;
    private readonly object _gate = new();
    private readonly List<QuoteConnection> _connections = [];
    private readonly Dictionary<QuoteConnection, Dictionary<QuoteSymbol, SymbolDemand>> _demand = [];
    private readonly Dictionary<QuoteSymbol, QuoteConnection> _home = [];
    private readonly List<QuoteSubscriber> _subscribers = [];
    private volatile QuoteRouter _router = QuoteRouter.Empty;
    private QuoteConnection? _queryConnection;
    private long _version;
    private int _nextConnectionId;
    private bool _disposed;

    public QuoteStream(StreamRuntime runtime, ITokenSource? tokens, QuoteMarket market)
    {
        _runtime = runtime;
        _tokens = tokens;
        _market = market;
    }

    public event EventHandler<StreamStateChangedEventArgs>? StateChanged;

    public StreamState? State
    {
        get
        {
            lock (_gate)
            {
                return StreamStates.Worst(_connections.Append(_queryConnection).Select(c => c?.State));
            }
        }
    }

    public IAsyncEnumerable<QuoteEvent> SubscribeAsync(QuoteSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(subscription.Symbols);
        if (subscription.Symbols.Count == 0)
        {
            throw new ArgumentException("A quote subscription needs at least one product.", nameof(subscription));
        }

        if (subscription.Symbols.Distinct().Count() != subscription.Symbols.Count)
        {
            throw new ArgumentException("A quote subscription names the same product twice.", nameof(subscription));
        }

        if (subscription.Channels == QuoteChannels.None || (subscription.Channels & ~(QuoteChannels.Tickers | QuoteChannels.Market | QuoteChannels.Rolling24Hours)) != 0)
        {
            throw new ArgumentException("A quote subscription needs Tickers, Market and/or Rolling24Hours.", nameof(subscription));
        }

        if (subscription.DepthLevel is < 1 or > 10)
        {
            throw new ArgumentException("DepthLevel must be between 1 and 10 (or null for the service's default).", nameof(subscription));
        }

        if (subscription.TradeInfoCount < 0)
        {
            throw new ArgumentException("TradeInfoCount must not be negative.", nameof(subscription));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return SubscribeCoreAsync(subscription, cancellationToken);
    }

    public async Task<KlineSeries> GetKlinesAsync(KlineQuery query, CancellationToken cancellationToken = default)
    {
        CheckKline(query);
        var connection = await QueryConnectionAsync(cancellationToken).ConfigureAwait(false);
        var result = await connection.RequestAsync(QuoteFrames.QueryKlines, writer => QuoteFrames.Kline(writer, query), "K-line query 14012", cancellationToken).ConfigureAwait(false);
        return result as KlineSeries ?? throw StreamErrors.Malformed(StreamChannel.Quotes, "the K-line answer had no data");
    }

    public async Task<IReadOnlyList<KlineSeries>> GetKlineBatchAsync(IReadOnlyList<KlineQuery> queries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (queries.Count is 0 or > 100)
        {
            throw new ArgumentException("A batch K-line query takes 1 to 100 queries.", nameof(queries));
        }

        foreach (var query in queries)
        {
            CheckKline(query);
        }

        var connection = await QueryConnectionAsync(cancellationToken).ConfigureAwait(false);
        var result = await connection.RequestAsync(QuoteFrames.QueryKlineBatch, QuoteFrames.KlineBatch(queries), "batch K-line query 14014", cancellationToken).ConfigureAwait(false);
        return result as IReadOnlyList<KlineSeries> ?? throw StreamErrors.Malformed(StreamChannel.Quotes, "the batch K-line answer had no data");
    }

    public QuoteIntent IntentFor(QuoteConnection connection)
    {
        lock (_gate)
        {
            if (!_demand.TryGetValue(connection, out var demand))
            {
                return QuoteIntent.Empty with { Version = _version };
            }

            return new QuoteIntent(
                _version,
                [.. demand.Where(d => d.Value.Tickers > 0).Select(d => d.Value.Entry(d.Key))],
                [.. demand.Where(d => d.Value.Market > 0).Select(d => d.Value.Entry(d.Key))],
                [.. demand.Where(d => d.Value.Rolling > 0).Select(d => d.Value.Entry(d.Key))]);
        }
    }

    public void Publish(QuoteEvent quote) => _router.Route(quote);

    public bool OnSubscriptionsRefused(QuoteConnection connection, long version, IReadOnlyList<QuoteRefusal> refusals)
    {
        var refused = refusals.Aggregate(QuoteChannels.None, (all, refusal) => all | refusal.Channel);
        var ended = new List<(QuoteSubscriber Subscriber, CmfblApiException Error)>();
        var emptied = new List<QuoteConnection>();
        var changed = new List<QuoteConnection>();
        bool retry;
        long current;
        lock (_gate)
        {
            var blamed = _subscribers.Where(s => (s.Subscription.Channels & refused) != 0
                && s.Subscription.Symbols.Any(symbol => _home.GetValueOrDefault(symbol) == connection)).ToList();
            foreach (var subscriber in blamed)
            {
                Detach(subscriber, emptied, changed);
                ended.Add((subscriber, refusals.First(r => subscriber.Wants(r.Channel)).Error));
            }

            if (ended.Count > 0)
            {
                _router = QuoteRouter.Build(_subscribers);
                ++_version;
            }

            // Sending again is worth it only if it will not be the same request: something is left, and something changed
            // (these subscriptions left, or callers changed the intent meanwhile). Otherwise the connection stops.
            current = _version;
            retry = _demand.ContainsKey(connection) && current != version;
            changed.Remove(connection);
            emptied.Remove(connection);
        }

        foreach (var (subscriber, error) in ended)
        {
            subscriber.Buffer.Complete(error);
        }

        Log.StreamSubscriptionsRefused(_runtime.Logger, "quotes", connection.Id, ended.Count, refusals[0].Error.Code);
        _ = ReleaseAsync(changed, emptied, current);
        return retry;
    }

    public void OnConnectionClosed(QuoteConnection connection, CmfblException? error)
    {
        if (error is null)
        {
            return;
        }

        // The connection gave up for good: its subscribers get the error, and its products are forgotten so that a
        // later subscription opens a new connection instead of joining a dead one.
        List<QuoteSubscriber> affected;
        lock (_gate)
        {
            affected = [.. _subscribers.Where(s => s.Subscription.Symbols.Any(symbol => _home.GetValueOrDefault(symbol) == connection))];
            foreach (var symbol in _home.Where(pair => pair.Value == connection).Select(pair => pair.Key).ToList())
            {
                _home.Remove(symbol);
            }

            _demand.Remove(connection);
            _connections.Remove(connection);
            if (_queryConnection == connection)
            {
                _queryConnection = null;
            }
        }

        foreach (var subscriber in affected)
        {
            subscriber.Buffer.Complete(error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        var connections = Close();
        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var connection in Close())
        {
            connection.Dispose();
        }
    }

    private async IAsyncEnumerable<QuoteEvent> SubscribeCoreAsync(QuoteSubscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = new QuoteSubscriber(subscription, new QuoteBuffer(_runtime.Streams.Quotes.Capacity));
        await RegisterAsync(subscriber, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var quote in subscriber.Buffer.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return quote;
            }
        }
        finally
        {
            await UnregisterAsync(subscriber).ConfigureAwait(false);
        }
    }

    private async Task RegisterAsync(QuoteSubscriber subscriber, CancellationToken cancellationToken)
    {
        List<QuoteConnection> affected;
        long version;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            affected = [];
            foreach (var symbol in subscriber.Subscription.Symbols)
            {
                var connection = _home.GetValueOrDefault(symbol) ?? PickConnection();
                _home[symbol] = connection;
                var demand = _demand[connection];
                if (!demand.TryGetValue(symbol, out var entry))
                {
                    demand[symbol] = entry = new SymbolDemand(subscriber.Subscription);
                }

                entry.Add(subscriber.Subscription, +1);
                if (!affected.Contains(connection))
                {
                    affected.Add(connection);
                }
            }

            _subscribers.Add(subscriber);
            _router = QuoteRouter.Build(_subscribers);
            version = ++_version;
        }

        try
        {
            foreach (var connection in affected)
            {
                connection.Start();
            }

            await Task.WhenAll(affected.Select(c => c.SyncAsync(version, cancellationToken))).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is OperationCanceledException && _disposed)
        {
            subscriber.Buffer.Complete();
        }
        catch
        {
            await UnregisterAsync(subscriber).ConfigureAwait(false);
            throw;
        }
    }

    private async Task UnregisterAsync(QuoteSubscriber subscriber)
    {
        subscriber.Buffer.Complete();
        var emptied = new List<QuoteConnection>();
        var changed = new List<QuoteConnection>();
        long version;
        lock (_gate)
        {
            if (!Detach(subscriber, emptied, changed))
            {
                return;
            }

            _router = QuoteRouter.Build(_subscribers);
            version = ++_version;
        }

        await ReleaseAsync(changed, emptied, version).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes <paramref name="subscriber"/> and its demand out (call it under <see cref="_gate"/>): adds the connections
    /// it leaves with nothing to <paramref name="emptied"/> (and forgets them), the others it was on to
    /// <paramref name="changed"/>. Returns false when it was already out.
    /// </summary>
    private bool Detach(QuoteSubscriber subscriber, List<QuoteConnection> emptied, List<QuoteConnection> changed)
    {
        if (!_subscribers.Remove(subscriber))
        {
            return false;
        }

        foreach (var symbol in subscriber.Subscription.Symbols)
        {
            if (!_home.TryGetValue(symbol, out var connection))
            {
                continue;
            }

            if (!_demand.TryGetValue(connection, out var demand) || !demand.TryGetValue(symbol, out var entry))
            {
                continue;
            }

            entry.Add(subscriber.Subscription, -1);
            if (entry.IsEmpty)
            {
                demand.Remove(symbol);
                _home.Remove(symbol);
            }

            if (demand.Count == 0)
            {
                if (!emptied.Contains(connection))
                {
                    emptied.Add(connection);
                    _demand.Remove(connection);
                    _connections.Remove(connection);
                }
            }
            else if (!changed.Contains(connection))
            {
                changed.Add(connection);
            }
        }

        changed.RemoveAll(emptied.Contains);
        return true;
    }

    /// <summary>Sends the connections that lost demand their new intent (in the background) and closes the emptied ones.</summary>
    private async Task ReleaseAsync(List<QuoteConnection> changed, List<QuoteConnection> emptied, long version)
    {
        foreach (var connection in changed)
        {
            _ = ResyncAsync(connection, version);
        }

        foreach (var connection in emptied)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ResyncAsync(QuoteConnection connection, long version)
    {
        try
        {
            await connection.SyncAsync(version, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is CmfblException or OperationCanceledException or ObjectDisposedException)
        {
            Log.StreamSyncFailed(_runtime.Logger, "quotes", connection.Id, failure.Message);
        }
    }

    /// <summary>The first connection with room for one more product, or a new one.</summary>
    private QuoteConnection PickConnection()
    {
        var limit = _runtime.Streams.Quotes.MaxSymbolsPerConnection;
        foreach (var connection in _connections)
        {
            if (_demand[connection].Count < limit)
            {
                return connection;
            }
        }

        var created = NewConnection();
        _connections.Add(created);
        _demand[created] = [];
        return created;
    }

    private QuoteConnection NewConnection() =>
        new(_runtime, ++_nextConnectionId, _tokens, token => StreamAddresses.Quote(_runtime.Options, _market, _tokens is null, token), this, OnStateChanged);

    private async Task<QuoteConnection> QueryConnectionAsync(CancellationToken cancellationToken)
    {
        QuoteConnection connection;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            connection = _connections.FirstOrDefault(c => c.IsOpen) ?? (_queryConnection ??= NewConnection());
        }

        connection.Start();
        await connection.Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private List<QuoteConnection> Close()
    {
        List<QuoteConnection> connections;
        List<QuoteSubscriber> subscribers;
        lock (_gate)
        {
            _disposed = true;
            connections = [.. _connections];
            if (_queryConnection is { } query)
            {
                connections.Add(query);
            }

            subscribers = [.. _subscribers];
            _connections.Clear();
            _demand.Clear();
            _home.Clear();
            _queryConnection = null;
        }

        foreach (var subscriber in subscribers)
        {
            subscriber.Buffer.Complete();
        }

        return connections;
    }

    private void OnStateChanged(StreamStateChangedEventArgs change) => StateChanged?.Invoke(this, change);

    private static void CheckKline(KlineQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Count is < 1 or > 1000)
        {
            throw new ArgumentException("A K-line query takes 1 to 1000 bars.", nameof(query));
        }

        if (!Enum.IsDefined(query.KlineType))
        {
            throw new ArgumentException($"Unknown K-line type {(int)query.KlineType}.", nameof(query));
        }
    }
}

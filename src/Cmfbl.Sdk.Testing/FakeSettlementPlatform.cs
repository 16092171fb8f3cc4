using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal;

namespace Cmfbl.Sdk.Testing;

/// <summary>
/// Plays the platform's side of external settlement (the vendor's Webhook API) against your receiver: balance queries,
/// adjustments with the 3-second limit, retries of the same <c>requestUniqueNo</c>, and cancellations (retried until
/// they get a correct answer) after a failed, timed-out or late answer. Every call is kept in <see cref="Exchanges"/>;
/// <see cref="RunConversationAsync"/> runs the whole conversation and reports what happened.
/// </summary>
/// <example>
/// <code>
/// using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForReceiver(new Uri(app.Urls.First() + "/cmfbl/settlement/"), 439));
/// var report = await platform.RunConversationAsync();
/// Assert.True(report.Passed, report.ToString());
/// </code>
/// </example>
public sealed partial class FakeSettlementPlatform : IDisposable
{
    private readonly FakeSettlementPlatformOptions _options;
    private readonly HttpClient _http;
    private readonly Uri _balanceUrl;
    private readonly Uri _adjustmentUrl;
    private readonly Uri _cancellationUrl;
    private readonly List<FakeSettlementExchange> _exchanges = [];
    private readonly object _gate = new();

    /// <summary>Creates a platform that calls the receiver at the URLs in <paramref name="options"/>.</summary>
    /// <param name="options">The URLs, company id and time limit.</param>
    /// <exception cref="ArgumentException">A URL is missing or the time limit is not positive.</exception>
    public FakeSettlementPlatform(FakeSettlementPlatformOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _balanceUrl = options.BalanceUrl ?? throw new ArgumentException("FakeSettlementPlatformOptions.BalanceUrl is required.", nameof(options));
        _adjustmentUrl = options.AdjustmentUrl ?? throw new ArgumentException("FakeSettlementPlatformOptions.AdjustmentUrl is required.", nameof(options));
        _cancellationUrl = options.CancellationUrl ?? throw new ArgumentException("FakeSettlementPlatformOptions.CancellationUrl is required.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options) + "." + nameof(options.Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CancellationAttempts, 1, nameof(options) + "." + nameof(options.CancellationAttempts));
        _options = options;
        _http = options.Handler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>Gets every call made so far, oldest first.</summary>
    public IReadOnlyList<FakeSettlementExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <summary>Asks for a customer's balance.</summary>
    /// <param name="thirdServerCode">Your customer id.</param>
    /// <param name="userName">The platform's customer number.</param>
    /// <param name="currency">The currency.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call and its answer.</returns>
    public Task<FakeSettlementExchange> QueryBalanceAsync(string thirdServerCode, string userName, string currency, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["thirdServerCode"] = thirdServerCode, ["userName"] = userName, ["currency"] = currency };
        return SendAsync(FakeSettlementCallKind.Balance, _balanceUrl, null, body, NewTrace(), _options.CompanyId, cancellationToken);
    }

    /// <summary>
    /// Sends an adjustment the way the platform does: when the answer is not a success within the time limit (or
    /// <paramref name="treatAnswerAsLate"/> is set, to provoke it), the platform cancels the adjustment, retrying the
    /// cancellation until it gets a correct answer or runs out of attempts.
    /// </summary>
    /// <param name="adjustment">The adjustment.</param>
    /// <param name="treatAnswerAsLate">Whether to treat whatever comes back as too late (the answer was lost or slow).</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>The adjustment call and the cancellations that followed.</returns>
    public async Task<FakeAdjustmentResult> AdjustAsync(FakeAdjustment adjustment, bool treatAnswerAsLate = false, CancellationToken cancellationToken = default)
    {
        var sent = await SendAdjustmentAsync(adjustment, treatAnswerAsLate, cancellationToken).ConfigureAwait(false);
        if (sent.Succeeded)
        {
            return new FakeAdjustmentResult(sent, []);
        }

        var cancellations = await CancelAsync(adjustment, "R" + Guid.NewGuid().ToString("N"), cancellationToken).ConfigureAwait(false);
        return new FakeAdjustmentResult(sent, cancellations);
    }

    /// <summary>Sends one adjustment request, with a new trace, and nothing after it: call it twice to send a retry of the same <c>requestUniqueNo</c>.</summary>
    /// <param name="adjustment">The adjustment.</param>
    /// <param name="treatAnswerAsLate">Whether to mark the answer as too late.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call and its answer.</returns>
    public Task<FakeSettlementExchange> SendAdjustmentAsync(FakeAdjustment adjustment, bool treatAnswerAsLate = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        return SendAsync(FakeSettlementCallKind.Adjustment, _adjustmentUrl, adjustment.RequestUniqueNo, SettlementJson.Adjustment(adjustment, _options.TimeProvider), NewTrace(), _options.CompanyId, cancellationToken, treatAnswerAsLate);
    }

    /// <summary>
    /// Cancels <paramref name="original"/> with the cancellation number <paramref name="cancelRequestUniqueNo"/>,
    /// sending it again (same number, new trace) until the answer is <c>0</c>, <c>US_0000001</c> or <c>US_0000002</c>,
    /// at most <see cref="FakeSettlementPlatformOptions.CancellationAttempts"/> times.
    /// </summary>
    /// <param name="original">The adjustment to cancel (its number goes into <c>reverseRequestUniqueNo</c>).</param>
    /// <param name="cancelRequestUniqueNo">The cancellation's own <c>requestUniqueNo</c>.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Every cancellation call, the last one first to get a correct answer (if any did).</returns>
    public async Task<IReadOnlyList<FakeSettlementExchange>> CancelAsync(FakeAdjustment original, string cancelRequestUniqueNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentException.ThrowIfNullOrEmpty(cancelRequestUniqueNo);
        var body = SettlementJson.Cancellation(original, cancelRequestUniqueNo, _options.TimeProvider);
        var attempts = new List<FakeSettlementExchange>();
        for (var attempt = 0; attempt < _options.CancellationAttempts; attempt++)
        {
            var exchange = await SendAsync(FakeSettlementCallKind.Cancellation, _cancellationUrl, cancelRequestUniqueNo, body, NewTrace(), _options.CompanyId, cancellationToken).ConfigureAwait(false);
            attempts.Add(exchange);
            if (!exchange.TimedOut && IsCorrectCancelAnswer(exchange.Code))
            {
                break;
            }
        }

        return attempts;
    }

    /// <summary>Sends one raw request with any company id, for checks of the receiver's refusals.</summary>
    /// <param name="kind">The endpoint.</param>
    /// <param name="body">The JSON body, sent as is.</param>
    /// <param name="companyId">The <c>companyId</c> header, or <see langword="null"/> to leave it out.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The call and its answer.</returns>
    public Task<FakeSettlementExchange> SendRawAsync(FakeSettlementCallKind kind, string body, long? companyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var url = kind switch
        {
            FakeSettlementCallKind.Balance => _balanceUrl,
            FakeSettlementCallKind.Adjustment => _adjustmentUrl,
            _ => _cancellationUrl,
        };
        return SendAsync(kind, url, null, body, NewTrace(), companyId, cancellationToken);
    }

    /// <summary>Disposes the HttpClient (not a handler given in the options).</summary>
    public void Dispose() => _http.Dispose();

    internal static bool IsCorrectCancelAnswer(string? code) => code is "0" or "US_0000001" or "US_0000002";

    private string NewTrace() =>
        Guid.NewGuid().ToString("D") + "-" + _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private Task<FakeSettlementExchange> SendAsync(FakeSettlementCallKind kind, Uri url, string? number, JsonObject body, string trace, long? companyId, CancellationToken cancellationToken, bool treatAsLate = false) =>
        SendAsync(kind, url, number, body.ToJsonString(), trace, companyId, cancellationToken, treatAsLate);

    private async Task<FakeSettlementExchange> SendAsync(FakeSettlementCallKind kind, Uri url, string? number, string body, string trace, long? companyId, CancellationToken cancellationToken, bool treatAsLate = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("trace", trace);
        if (companyId is { } id)
        {
            request.Headers.TryAddWithoutValidation("companyId", id.ToString(CultureInfo.InvariantCulture));
        }

        if (kind != FakeSettlementCallKind.Cancellation)
        {
            request.Headers.TryAddWithoutValidation("timestamp", _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        }

        var exchange = new FakeSettlementExchange { Kind = kind, Url = url, RequestUniqueNo = number, Trace = trace, RequestBody = body, TreatedAsLate = treatAsLate };
        var clock = Stopwatch.StartNew();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, limit.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
            exchange = SettlementJson.ReadReply(exchange with { StatusCode = (int)response.StatusCode, ResponseBody = text });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            exchange = exchange with { TimedOut = true };
        }
        catch (HttpRequestException exception)
        {
            exchange = exchange with { Error = exception.Message };
        }

        exchange = exchange with { Elapsed = clock.Elapsed };
        lock (_gate)
        {
            _exchanges.Add(exchange);
        }

        return exchange;
    }
}

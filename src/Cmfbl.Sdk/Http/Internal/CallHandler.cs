using System.Diagnostics;
using System.Globalization;
using System.Net;
using Cmfbl.Sdk.Diagnostics;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// The SDK's one handler, run once per call. It runs the family's resilience pipeline around the attempts (each sent
/// by <see cref="AttemptSender"/>, its answer read by <see cref="EnvelopeExchange"/>). Outside them it resolves the
/// operation, sets the per-call headers (<c>trace</c>, <c>companyId</c>, <c>lang</c>, <c>idempotency-key</c>) so they
/// stay the same on every attempt, enforces the call's time limit, keeps the family's HTTP 418 ban (while it lasts
/// nothing is sent; a 418 answer starts or extends it), reports the call (<see cref="CallRecord"/>), and is the one
/// place where transport failures become SDK exceptions.
/// </summary>
internal sealed class CallHandler : DelegatingHandler, INetworkSender
{
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();
    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly OperationTable _operations;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _companyId;
    private readonly string _language;
    private readonly TimeSpan _timeout;
    private readonly bool _encryptsBodies;
    private readonly string? _quoteToken;
    private readonly string _companyHeader;
    private readonly BanGate? _ban;
    private readonly TimeSpan _defaultBan;
    private readonly ResiliencePipeline<HttpResponseMessage>? _pipeline;
    private readonly AttemptSender _attempt;

    /// <param name="operations">The family's operations.</param>
    /// <param name="options">The SDK options.</param>
    /// <param name="timeProvider">The clock of the call's time limit.</param>
    /// <param name="logger">The log of calls.</param>
    /// <param name="attempt">Sends each attempt (timestamp, token or signature, the answer's envelope).</param>
    /// <param name="encryptsBodies">Whether the family sends encrypted bodies, which the gateway expects marked by a trace starting <c>x-</c>.</param>
    /// <param name="ban">The family's HTTP 418 ban state (none: no ban is kept), and how long a ban lasts when the answer does not say.</param>
    /// <param name="pipeline">The family's resilience pipeline, run around the attempts (none: one attempt, as is).</param>
    public CallHandler(
        OperationTable operations,
        CmfblOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        AttemptSender attempt,
        bool encryptsBodies = false,
        (BanGate Gate, TimeSpan DefaultDuration)? ban = null,
        ResiliencePipeline<HttpResponseMessage>? pipeline = null)
    {
        _pipeline = pipeline;
        _attempt = attempt;
        _ban = ban?.Gate;
        _defaultBan = ban?.DefaultDuration ?? default;
        _encryptsBodies = encryptsBodies;
        _operations = operations;
        _timeProvider = timeProvider;
        _logger = logger;
        _companyId = options.CompanyId.ToString(CultureInfo.InvariantCulture);
        _language = options.Language;
        _timeout = options.Timeout;
        _quoteToken = options.ManagerApi.QuoteToken;
        _companyHeader = operations.Family == ApiFamily.Auth2 ? HeaderNames.Company : HeaderNames.CompanyId;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = _operations.Resolve(request);
        HeaderValues.Check(request, operation.BizType);
        HeaderValues.SetFromParameters(request, operation);
        if (operation.Kind == OperationKind.UnsafeWrite && request.Headers.Contains(HeaderNames.IdempotencyKey))
        {
            // The caller chose the key (a parameter of the method, for example an order's idempotencyKey): every attempt
            // carries it and the Client API gateway answers a repeat with the same key and bizType from its cache for
            // 24 h, so a lost answer can be asked for again. A single-use code in the body still makes it unsafe
            // (below). The Open API gateway gets the header too, but the vendor does not say it honours it
            // (REFERENCE §5, a gap): there the call stays unsafe, sent once, like a customer created with thirdServerCode.
            operation = operation.Family == ApiFamily.Client
                ? operation with { Kind = OperationKind.KeyedWrite, CallersKey = true }
                : operation with { CallersKey = true };
        }

        if (operation.SingleUseFields is { } singleUse && operation.Kind != OperationKind.UnsafeWrite
            && await SingleUseCredentials.AnyAsync(request.Content, singleUse, cancellationToken).ConfigureAwait(false))
        {
            // A verification or Google code may be used up by the first attempt: this call is never sent twice.
            operation = operation with { Kind = OperationKind.UnsafeWrite, SentOnceForCode = true };
        }
        else if (operation.KeyFields is { } keys && operation.Kind == OperationKind.KeyedWrite
            && !await SingleUseCredentials.AnyAsync(request.Content, keys, cancellationToken).ConfigureAwait(false))
        {
            // Without its client id (say a clientOrderId) a repeat would be a second order: this call is never sent twice.
            operation = operation with { Kind = OperationKind.UnsafeWrite };
        }

        var call = new CallState(operation, request);
        var trace = SetCallHeaders(request, operation);
        if (operation.IsQuote)
        {
            await QuoteRequests.PrepareAsync(request, operation, trace, _quoteToken, cancellationToken).ConfigureAwait(false);
        }

        // Every gateway call is a POST with a JSON body; an operation without parameters sends {} as the vendor's examples do.
        // A GET (the visitor's country by IP) sends no body, as the spec describes it.
        else if (request.Method == HttpMethod.Post && (request.Content is null || request.Content.Headers.ContentLength == 0))
        {
            request.Content?.Dispose();
            request.Content = new ByteArrayContent(EmptyObject) { Headers = { ContentType = JsonContentType } };
        }

        var started = Stopwatch.GetTimestamp();
        using var activity = SdkDiagnostics.Source.StartActivity(operation.BizType, ActivityKind.Client);
        activity?.SetTag(CmfblTelemetry.BizTypeTag, operation.BizType);
        activity?.SetTag(CmfblTelemetry.FamilyTag, operation.FamilyName);
        activity?.SetTag(CmfblTelemetry.TraceTag, trace);
        Log.CallStarting(_logger, operation.BizType, trace);

        // Cancelled at the call's time limit or by the caller; a cancellation the caller did not ask for is the time limit.
        using var limit = CallTimeLimit.Start(_timeout, _timeProvider, cancellationToken);
        try
        {
            // In here, so a refusal during a ban is recorded as the call's failure like any other.
            ThrowIfBanned(operation, trace);
            var response = await SendAttemptsAsync(call, limit.Token).ConfigureAwait(false);
            _ban?.Succeeded();
            CallRecord.Write(_logger, operation, trace, started, activity, null);
            return response;
        }
        catch (OperationCanceledException cancelled) when (cancellationToken.IsCancellationRequested)
        {
            CallRecord.Write(_logger, operation, trace, started, activity, cancelled);
            throw;
        }
        catch (Exception exception)
        {
            if (exception is CmfblRateLimitException { HttpStatus: (HttpStatusCode)418 } banned)
            {
                // The answer announced a ban: it starts (or grows) now, for the time the answer says or the default.
                _ban?.Strike(banned.RetryAfter, _defaultBan);
            }

            var failure = AttemptOutcomes.Final(
                exception as CmfblException ?? TransportErrors.Translate(exception, request, call, timedOut: limit.IsCancellationRequested || exception is TimeoutRejectedException),
                call);
            CallRecord.Write(_logger, operation, trace, started, activity, failure);
            if (ReferenceEquals(failure, exception))
            {
                throw;
            }

            throw failure;
        }
    }

    /// <summary>Runs the attempts through the family's resilience pipeline: retries, circuit breaker, rate limiter, attempt time-out.</summary>
    private async ValueTask<HttpResponseMessage> SendAttemptsAsync(CallState call, CancellationToken cancellationToken)
    {
        if (_pipeline is null)
        {
            return await _attempt.SendAsync(call, this, cancellationToken).ConfigureAwait(false);
        }

        var context = ResilienceContextPool.Shared.Get(call.Operation.BizType, cancellationToken);
        context.SetCall(call);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (attempt, state) => state.Handler._attempt.SendAsync(state.Call, state.Handler, attempt.CancellationToken),
                context,
                (Handler: this, Call: call)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>The handlers the application added, then the primary handler.</summary>
    Task<HttpResponseMessage> INetworkSender.SendToNetworkAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    /// <summary>
    /// While the family is banned (HTTP 418), fails the call at once and sends nothing: calling during a ban extends it
    /// (5 minutes, then 10, and so on, unless the answer says how long).
    /// </summary>
    private void ThrowIfBanned(OperationDescriptor operation, string trace)
    {
        if (_ban is not null && _ban.IsBanned(out var remaining))
        {
            throw new CmfblRateLimitException(
                string.Create(CultureInfo.InvariantCulture, $"{operation.BizType} was not sent: the service banned this client with HTTP 418 for calling too often, and the ban has {remaining.TotalSeconds:0} s left. Calling during a ban extends it; wait until it ends. Trace: {trace}."),
                new CmfblApiError("HTTP_418", null, "banned", null),
                new CmfblErrorContext(operation.BizType, trace, null),
                remaining);
        }
    }

    private string SetCallHeaders(HttpRequestMessage request, OperationDescriptor operation)
    {
        var headers = request.Headers;
        var trace = request.GetTrace();
        if (trace is null)
        {
            trace = _encryptsBodies && operation.Auth != OperationAuth.None ? "x-" + TraceId.Create(_timeProvider) : TraceId.Create(_timeProvider);
            headers.TryAddWithoutValidation(HeaderNames.Trace, trace);
        }

        if (operation.Auth != OperationAuth.None)
        {
            if (!headers.Contains(_companyHeader))
            {
                headers.TryAddWithoutValidation(_companyHeader, _companyId);
            }

            if (!headers.Contains(HeaderNames.Language))
            {
                headers.TryAddWithoutValidation(HeaderNames.Language, _language);
            }
        }

        if (operation.Kind == OperationKind.KeyedWrite && !headers.Contains(HeaderNames.IdempotencyKey))
        {
            headers.TryAddWithoutValidation(HeaderNames.IdempotencyKey, Guid.NewGuid().ToString("N"));
        }

        return trace;
    }
}

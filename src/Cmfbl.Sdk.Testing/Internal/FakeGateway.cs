using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The request pipeline of the fake: read, wait <see cref="FakeFaults.Latency"/>, answer a queued fault if one
/// matches, otherwise route, check the gateway headers, run the operation and wrap it in the envelope; journal; write.
/// </summary>
internal sealed class FakeGateway
{
    private readonly FakeBackend _backend;
    private readonly Dictionary<(RouteFamily, string), IOperation> _operations;
    private readonly CancellationToken _stopping;
    private readonly Quotes.QuoteHttpEndpoint _quotes;
    private readonly Auth2.Auth2Endpoint _auth2;

    public FakeGateway(FakeBackend backend, Streams.FakeMarketBook market, IEnumerable<IOperation> operations, CancellationToken stopping)
    {
        _backend = backend;
        _quotes = new Quotes.QuoteHttpEndpoint(market);
        _auth2 = new Auth2.Auth2Endpoint(backend);
        _operations = operations.ToDictionary(o => (o.Family, o.BizType));
        _stopping = stopping;
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var arrived = _backend.Settings.Time.GetUtcNow();
        var request = context.Request;
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        string body;
        try
        {
            body = await ReadBodyAsync(request, cancel.Token).ConfigureAwait(false);
            var latency = _backend.Faults.Latency;
            if (latency > TimeSpan.Zero)
            {
                // At least the latency by the high-resolution clock: a timer may fire a fraction of a millisecond early.
                var delayed = Stopwatch.GetTimestamp();
                await Task.Delay(latency, cancel.Token).ConfigureAwait(false);
                if (latency - Stopwatch.GetElapsedTime(delayed) is { Ticks: > 0 } left)
                {
                    await Task.Delay(left + TimeSpan.FromMilliseconds(1), cancel.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            context.Abort();
            return;
        }

        var path = request.Path.Value ?? "/";
        var route = Route.Parse(path);
        var headers = ReplyWriter.Snapshot(request.Headers);
        headers.TryGetValue(HeaderNames.Trace, out var trace);

        // The quote endpoints and the Auth2 API are not gateway bizTypes: each has its own answer.
        var reply = Quotes.QuoteHttpEndpoint.Matches(path) ? _quotes.Answer(request.Method, path, request.QueryString.Value ?? string.Empty, body)
            : Auth2.Auth2Endpoint.Matches(path) ? _auth2.Answer(request.Method, path, headers, body)
            : Answer(request.Method, route, headers, body, trace, started);
        _backend.Journal.Add(new FakeRequest(arrived, request.Method, path, route.BizType, headers, body, reply.Abort ? 0 : reply.StatusCode, reply.ResultCode, reply.Fault));
        await ReplyWriter.WriteAsync(context, reply, cancel.Token).ConfigureAwait(false);
    }

    private Reply Answer(string method, Route route, Dictionary<string, string> headers, string body, string? trace, long started)
    {
        var rule = _backend.Faults.Take(route.BizType);
        if (rule is { Fault: not FakeFault.AnswerLost })
        {
            if (rule.Fault == FakeFault.LoginExpired && headers.TryGetValue(HeaderNames.Token, out var token))
            {
                _backend.Tokens.Revoke(token.Trim());
            }

            return FaultReplies.For(rule, trace, route.BizType, _backend.Faults.RetryAfter);
        }

        try
        {
            var reply = Dispatch(method, route, headers, body, trace, started);
            return rule is null ? reply : new Reply { Abort = true, Fault = FakeFault.AnswerLost, ResultCode = reply.ResultCode };
        }
#pragma warning disable CA1031 // A bug in the fake answers as the gateway's "system error" instead of a bare 500 without a journal entry.
        catch (Exception error)
#pragma warning restore CA1031
        {
            var failure = new FakeError("G500", "System error (fake server): " + error.GetType().Name + ": " + error.Message, "G");
            return Reply.FromEnvelope(Envelope.Error(failure, trace, route.BizType, Elapsed(started)));
        }
    }

    private Reply Dispatch(string method, Route route, Dictionary<string, string> headers, string body, string? trace, long started)
    {
        if (route.Family == RouteFamily.Unknown)
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.InterfaceNotFound, trace, route.BizType, Elapsed(started)), 404);
        }

        if (route.BizType.Length == 0)
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.BizTypeMissing, trace, route.BizType, Elapsed(started)));
        }

        if (!route.HasWellFormedBizType)
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.InvalidBizType, trace, route.BizType, Elapsed(started)));
        }

        // The Open API serves the Client API's operations (the vendor says the list is the same), signed with a key.
        var served = route.Family == RouteFamily.OpenApi ? RouteFamily.ClientGlobal : route.Family;
        if (!_operations.TryGetValue((served, route.BizType), out var operation)
            || (route.Family == RouteFamily.OpenApi && operation.Auth is not (OperationAuth.ClientToken or OperationAuth.Guest)))
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.InterfaceNotFound, trace, route.BizType, Elapsed(started)), 404);
        }

        if (!HttpMethods.IsPost(method))
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.MethodNotSupported, trace, route.BizType, Elapsed(started)), 405);
        }

        var rejected = route.Family is RouteFamily.OpenApi or RouteFamily.Bridge
            ? ApiKeyChecks.Check(route.Family, headers, body, _backend, out var session)
            : GatewayChecks.Check(operation, headers, _backend.Settings, _backend.Tokens, out session);
        if (rejected is not null)
        {
            return Reply.FromEnvelope(Envelope.Error(rejected, trace, route.BizType, Elapsed(started)), rejected == Errors.InterfaceNotFound ? 404 : 200);
        }

        var json = trace?.StartsWith("x-", StringComparison.Ordinal) == true
            ? EncryptedBodies.Open(body, headers, _backend.Settings.CompanyKey)
            : ParseBody(body);
        if (json is null)
        {
            return Reply.FromEnvelope(Envelope.Error(Errors.IllegalParameters, trace, route.BizType, Elapsed(started)));
        }

        var outcome = Run(operation, route, new OperationCall(json, session, headers));
        var envelope = outcome.Error is { } error
            ? Envelope.Error(error, trace, route.BizType, Elapsed(started))
            : Envelope.Success(outcome.Data, trace, Elapsed(started));
        return Reply.FromEnvelope(envelope);
    }

    /// <summary>
    /// Runs the operation; a Client API call with an <c>idempotency-key</c> is answered from the cache when the same
    /// key, bizType, version, group and companyId came within 24 hours, and with <c>GATEWAY_CODE_018</c> while the
    /// first such call is still running.
    /// </summary>
    private Outcome Run(IOperation operation, Route route, OperationCall call)
    {
        if (IdempotencyKey.From(route, call.Headers) is not { } key)
        {
            return operation.Handle(call);
        }

        switch (_backend.Idempotency.Claim(key, out var cached))
        {
            case IdempotencyClaim.Cached:
                return cached;
            case IdempotencyClaim.InFlight:
                return Errors.TooFast;
        }

        var completed = false;
        try
        {
            var outcome = operation.Handle(call);
            _backend.Idempotency.Complete(key, outcome);
            completed = true;
            return outcome;
        }
        finally
        {
            if (!completed)
            {
                _backend.Idempotency.Abandon(key);
            }
        }
    }

    private static JsonObject? ParseBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

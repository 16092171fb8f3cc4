using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>
/// Turns a failed answer into the SDK's exception for it. Messages say what happened and what to do, never a secret;
/// a failure that may have come after the service ran the call never says a write is safe to repeat.
/// </summary>
internal static class ErrorFactory
{
    /// <summary>An envelope whose code is not "0".</summary>
    public static CmfblException FromEnvelope(CmfblApiError error, CmfblErrorContext context, HttpResponseHeaders? headers, OperationDescriptor? operation)
    {
        var what = $"{Name(context)} failed with code {error.Code}{(string.IsNullOrEmpty(error.BizCode) ? string.Empty : $" (module {error.BizCode})")}: {error.Msg ?? "no message"}.";
        return ErrorCodeTable.Classify(error) switch
        {
            ErrorCategory.LoginExpired => new CmfblAuthenticationException(
                $"{what} The session token was missing or expired. Manager API calls renew it once by themselves; a customer session logs in again when it was given a credential source. {TraceText(context)}",
                error, context),
            ErrorCategory.Authentication => new CmfblAuthenticationException(
                $"{what} {ErrorCodeTable.Remedy(error.Code) ?? "The credentials were rejected: check the app id and secret, or the customer's login name and password."} {TraceText(context)}",
                error, context),
            ErrorCategory.RateLimited => RateLimited(what, error, context, headers),
            ErrorCategory.NotExecuted => NotExecuted(what, context, error.Code),
            ErrorCategory.MayHaveExecuted => MayHaveExecuted(what, context, error.Code, operation),
            _ => new CmfblApiException(
                ErrorCodeTable.TradeRejection(error) is { } meaning
                    ? $"{what} {meaning} The trading service refused the request, so nothing was executed. {TraceText(context)}"
                    : $"{what} See CmfblErrorCodes and the vendor's error catalogue for what the code means. {TraceText(context)}",
                error, context),
        };
    }

    /// <summary>An HTTP status other than 2xx, or 418/429 whatever the body said; <paramref name="envelope"/> is the error the body carried, if any.</summary>
    public static CmfblException FromStatus(HttpStatusCode status, CmfblErrorContext context, HttpResponseHeaders? headers, OperationDescriptor? operation, CmfblApiError? envelope = null)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"HTTP_{(int)status}");
        var error = envelope ?? new CmfblApiError(code, null, status.ToString(), null);
        var what = $"{Name(context)} was answered with HTTP {(int)status} ({status}){(envelope is null ? string.Empty : $" and code {envelope.Code}: {envelope.Msg ?? "no message"}")}.";
        return ErrorCodeTable.Classify(status) switch
        {
            ErrorCategory.RateLimited => RateLimited(what, error, context, headers),
            ErrorCategory.Authentication => new CmfblAuthenticationException($"{what} The gateway refused the credentials. {TraceText(context)}", error, context),
            ErrorCategory.NotExecuted => NotExecuted(what, context, code),
            ErrorCategory.MayHaveExecuted => MayHaveExecuted(what, context, code, operation),
            _ when (int)status == 403 => new CmfblApiException($"{what} The gateway refused the request (its firewall rules, or the key's IP allow-list). {TraceText(context)}", error, context),
            _ => new CmfblApiException($"{what} The request was not accepted. {TraceText(context)}", error, context),
        };
    }

    /// <summary>
    /// An answer that is not a complete envelope (HTML, truncated JSON, JSON without <c>code</c>, an empty body). For a
    /// write the service may have done the work before the answer was spoilt, so its outcome is unknown.
    /// </summary>
    public static CmfblException NotAnEnvelope(CmfblErrorContext context, ReadOnlySpan<byte> body, OperationDescriptor? operation)
    {
        var trimmed = body.TrimStart(" \r\n\t"u8);
        var looksLike = body.IsEmpty ? "an empty body"
            : trimmed is [(byte)'<', ..] ? "HTML or XML, not JSON"
            : trimmed is [(byte)'{', ..] ? "JSON without the gateway envelope (no 'code'), or JSON cut short"
            : "not JSON";
        var what = string.Create(CultureInfo.InvariantCulture, $"{Name(context)} got an answer that could not be read: {looksLike} ({body.Length} bytes, HTTP {(int?)context.HttpStatus}).");
        return operation is { IsWrite: true }
            ? OutcomeUnknown(operation, context, what, code: null)
            : new CmfblProtocolException(
                $"{what} Check the base address and path prefix; a proxy or the gateway may have answered instead of the API. {TraceText(context)}",
                context);
    }

    /// <summary>A success whose <c>data</c> was missing or null where the operation always answers with a value.</summary>
    public static CmfblProtocolException NoData(CmfblErrorContext context) =>
        new($"{Name(context)} succeeded (code 0) but its answer carried no data, which this operation always returns. Please report it with the trace. {TraceText(context)}", context);

    /// <summary>A success whose <c>data</c> is not the kind of value the operation documents (for example an object where a customer number belongs).</summary>
    public static CmfblProtocolException WrongData(CmfblErrorContext context, string expected) =>
        new($"{Name(context)} succeeded (code 0) but its data was not {expected}. Please report it with the trace. {TraceText(context)}", context);

    /// <summary>A successful answer whose <c>data</c> does not have the documented shape of the operation's model.</summary>
    public static CmfblProtocolException DataShape(CmfblErrorContext context, Exception exception) =>
        new(
            $"{Name(context)} succeeded (code 0), but its data did not have the documented shape{(exception is System.Text.Json.JsonException { Path: { } path } ? $" (at {path})" : string.Empty)}. Please report it with the trace. {TraceText(context)}",
            context,
            exception);

    /// <summary>
    /// A write that may have taken effect although the call failed. The message says so, says it was not repeated (or,
    /// for a keyed write, that every retry carried the same idempotency key), and says how to check.
    /// </summary>
    public static CmfblOutcomeUnknownException OutcomeUnknown(OperationDescriptor operation, CmfblErrorContext context, string what, string? code, Exception? innerException = null)
    {
        var repeat = (operation.Kind, operation.CallersKey, operation.SentOnceForCode) switch
        {
            (Http.OperationKind.KeyedWrite, true, _) => "The SDK retried it with your idempotency key, so the service ran it at most once, but the last attempt did not say whether it did. Sending it again with the same idempotencyKey within 24 hours returns the first result instead of doing it twice; a new key would do it again.",
            (Http.OperationKind.KeyedWrite, false, _) => "The SDK retried it with the same idempotency key, so the service ran it at most once, but the last attempt did not say whether it did.",
            (_, _, true) => "It was not retried, because the single-use code it carries may have been used up by the first attempt.",
            _ => "It was not retried, because repeating it could do it twice.",
        };
        var check = operation.OutcomeCheck ?? "Look the result up (query what the call creates or changes) before you submit it again.";
        var next = operation.Kind != Http.OperationKind.KeyedWrite && operation.TakesCallersKey && !operation.CallersKey && operation.Family == ApiFamily.Client
            ? " Next time, pass an idempotencyKey: with it the SDK asks again for a lost answer without doing it twice."
            : string.Empty;
        return new CmfblOutcomeUnknownException(
            $"{what} The service may or may not have done it. {repeat} {check}{next} {TraceText(context)}",
            context,
            code,
            innerException);
    }

    /// <summary>How long the answer asks us to wait: <c>Retry-After</c> (seconds or a date), else <c>x-ratelimit-reset</c> (seconds).</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - TimeProvider.System.GetUtcNow();
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        return headers.TryGetValues(HeaderNames.RateLimitReset, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= 0 and <= int.MaxValue
                ? TimeSpan.FromSeconds(seconds)
                : null;
    }

    private static CmfblServiceUnavailableException NotExecuted(string what, CmfblErrorContext context, string code) =>
        new($"{what} The service did not run the call (it was refused before it was forwarded); it can be tried again later. {TraceText(context)}", context, code);

    private static CmfblException MayHaveExecuted(string what, CmfblErrorContext context, string code, OperationDescriptor? operation) =>
        operation is { IsWrite: true }
            ? OutcomeUnknown(operation, context, $"{what} The call failed or timed out after the gateway may have passed it on.", code)
            : new CmfblServiceUnavailableException(
                $"{what} The service or one of its downstream systems failed or timed out; this read has no effect, so it can be tried again later. {TraceText(context)}",
                context,
                code);

    private static CmfblRateLimitException RateLimited(string what, CmfblApiError error, CmfblErrorContext context, HttpResponseHeaders? headers)
    {
        var retryAfter = RetryAfter(headers);
        var wait = retryAfter is { } delay ? $"wait {delay.TotalSeconds:0.###} s before calling again" : "slow down before calling again";
        return new CmfblRateLimitException($"{what} Too many requests: the call was not run; {wait}. {TraceText(context)}", error, context, retryAfter)
        {
            RemainingRequests = Remaining(headers),
        };
    }

    /// <summary>The calls left in the window: <c>x-ratelimit-remaining</c>, or the documents' spelling <c>x-ratelimit-remairing</c>.</summary>
    private static int? Remaining(HttpResponseHeaders? headers)
    {
        if (headers is null)
        {
            return null;
        }

        foreach (var name in new[] { HeaderNames.RateLimitRemaining, HeaderNames.RateLimitRemainingMisspelt })
        {
            if (headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
            {
                return remaining;
            }
        }

        return null;
    }

    private static string Name(CmfblErrorContext context) => context.BizType ?? "The call";

    private static string TraceText(CmfblErrorContext context) =>
        context.Trace is null ? string.Empty : $"Trace: {context.Trace}.";
}

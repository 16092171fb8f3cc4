using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>Turns a failed answer into the SDK's exception for it. Messages say what happened and what to do, never a secret.</summary>
internal static class ErrorFactory
{
    /// <summary>An envelope whose code is not "0".</summary>
    public static CmfblException FromEnvelope(CmfblApiError error, CmfblErrorContext context, HttpResponseHeaders? headers)
    {
        var category = ErrorCodeTable.Classify(error.Code);
        var what = $"{context.BizType ?? "The call"} failed with code {error.Code}{(string.IsNullOrEmpty(error.BizCode) ? string.Empty : $" (module {error.BizCode})")}: {error.Msg ?? "no message"}.";
        return category switch
        {
            ErrorCategory.LoginExpired => new CmfblAuthenticationException(
                $"{what} The session token was missing or expired. Manager API calls renew it once by themselves; a customer session logs in again when it was given a credential source. {TraceText(context)}",
                error, context),
            ErrorCategory.Authentication => new CmfblAuthenticationException(
                $"{what} The credentials were rejected: check the app id and secret, or the customer's login name and password. {TraceText(context)}",
                error, context),
            ErrorCategory.RateLimited => RateLimited(what, error, context, headers),
            ErrorCategory.Unavailable => new CmfblServiceUnavailableException(
                $"{what} The service or one of its downstream systems is unavailable; the call did not take effect and can be tried again later. {TraceText(context)}",
                context, error.Code),
            _ => new CmfblApiException(
                $"{what} See CmfblErrorCodes and the vendor's error catalogue for what the code means. {TraceText(context)}",
                error, context),
        };
    }

    /// <summary>An HTTP status other than 2xx whose body carried no envelope.</summary>
    public static CmfblException FromStatus(HttpStatusCode status, CmfblErrorContext context, HttpResponseHeaders headers)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"HTTP_{(int)status}");
        var error = new CmfblApiError(code, null, status.ToString(), null);
        var what = $"{context.BizType ?? "The call"} was answered with HTTP {(int)status} ({status}).";
        return (int)status switch
        {
            429 or 418 => RateLimited(what, error, context, headers),
            401 => new CmfblAuthenticationException($"{what} The gateway refused the credentials. {TraceText(context)}", error, context),
            403 => new CmfblApiException($"{what} The gateway refused the request (its firewall rules, or the key's IP allow-list). {TraceText(context)}", error, context),
            408 or >= 500 => new CmfblServiceUnavailableException($"{what} The service is unavailable; the call can be tried again later. {TraceText(context)}", context, code),
            _ => new CmfblApiException($"{what} The request was not accepted. {TraceText(context)}", error, context),
        };
    }

    /// <summary>A 2xx answer that is not an envelope (HTML, truncated JSON, JSON without <c>code</c>).</summary>
    public static CmfblProtocolException NotAnEnvelope(CmfblErrorContext context, ReadOnlySpan<byte> body)
    {
        var looksLike = body.IsEmpty ? "an empty body"
            : body.TrimStart(" \r\n\t"u8) is [(byte)'<', ..] ? "HTML or XML, not JSON"
            : body.TrimStart(" \r\n\t"u8) is [(byte)'{', ..] ? "JSON without the gateway envelope (no 'code'), or JSON cut short"
            : "not JSON";
        return new CmfblProtocolException(
            $"{context.BizType ?? "The call"} got an answer that could not be read: {looksLike} ({body.Length} bytes, HTTP {(int?)context.HttpStatus}). Check the base address and path prefix; a proxy or the gateway may have answered instead of the API. {TraceText(context)}",
            context);
    }

    /// <summary>A successful answer whose <c>data</c> does not have the documented shape of the operation's model.</summary>
    public static CmfblProtocolException DataShape(CmfblErrorContext context, Exception exception) =>
        new(
            $"{context.BizType ?? "The call"} succeeded, but its data did not have the documented shape{(exception is System.Text.Json.JsonException { Path: { } path } ? $" (at {path})" : string.Empty)}. Please report it with the trace. Trace: {context.Trace}.",
            context,
            exception as System.Text.Json.JsonException);

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
            && seconds >= 0
                ? TimeSpan.FromSeconds(seconds)
                : null;
    }

    private static CmfblRateLimitException RateLimited(string what, CmfblApiError error, CmfblErrorContext context, HttpResponseHeaders? headers)
    {
        var retryAfter = RetryAfter(headers);
        var wait = retryAfter is { } delay ? $"wait {delay.TotalSeconds:0.###} s before calling again" : "slow down before calling again";
        return new CmfblRateLimitException($"{what} Too many requests: {wait}. {TraceText(context)}", error, context, retryAfter)
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

    private static string TraceText(CmfblErrorContext context) =>
        context.Trace is null ? string.Empty : $"Trace: {context.Trace}.";
}

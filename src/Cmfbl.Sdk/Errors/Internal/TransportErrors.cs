using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>
/// Turns a failure to get an answer (connection refused or reset, time-out, a body cut short) into the SDK's
/// exception. A write that cannot be repeated and may have reached the server becomes
/// <see cref="CmfblOutcomeUnknownException"/>; everything else is <see cref="CmfblServiceUnavailableException"/>.
/// </summary>
internal static class TransportErrors
{
    public static CmfblException Translate(Exception exception, HttpRequestMessage request, bool timedOut)
    {
        var operation = request.Options.TryGetValue(RequestOptionKeys.Operation, out var op) ? op : null;
        var context = new CmfblErrorContext(operation?.BizType, request.GetTrace(), null);
        var name = operation?.BizType ?? "The call";
        switch (exception)
        {
            case BrokenCircuitException broken:
                return new CmfblServiceUnavailableException(
                    $"{name} was not sent: calls to this API failed repeatedly, so the SDK stopped sending them for a while (circuit open{(broken.RetryAfter is { } wait ? $", about {wait.TotalSeconds:0} s left" : string.Empty)}). Try again later. Trace: {context.Trace}.",
                    context);
            case RateLimiterRejectedException limited:
                return new CmfblRateLimitException(
                    $"{name} was not sent: the SDK's client-side rate limit (ResilienceOptions.PermitsPerMinute) is reached and its queue is full. Slow down{(limited.RetryAfter is { } after ? $" or retry after {after.TotalSeconds:0.#} s" : string.Empty)}. Trace: {context.Trace}.",
                    new CmfblApiError(TransientFailures.ClientRateLimitCode, null, "client-side rate limit", null),
                    context,
                    limited.RetryAfter);
            case TimeoutRejectedException:
                timedOut = true;
                exception = new TimeoutException("The attempt timed out.");
                break;
        }

        var happened = timedOut ? "timed out before an answer arrived" : $"failed before an answer arrived ({Describe(exception)})";
        var reached = request.Options.TryGetValue(RequestOptionKeys.Sent, out var sent) && sent && MayHaveReachedServer(exception);

        if (operation?.Kind == OperationKind.UnsafeWrite && reached)
        {
            return new CmfblOutcomeUnknownException(
                $"{name} {happened} after the request was sent, so it may or may not have taken effect. It was not retried because repeating it could duplicate the write. Query first (for example look the customer up by phone, e-mail or thirdServerCode) and resubmit only if it did not happen. Trace: {context.Trace}.",
                context,
                exception is TimeoutException ? null : exception);
        }

        return new CmfblServiceUnavailableException(
            $"{name} {happened}. The service could not be reached or did not answer in time; the call can be tried again later. Trace: {context.Trace}.",
            context,
            innerException: exception is TimeoutException ? null : exception);
    }

    private static bool MayHaveReachedServer(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => false,
        _ => true,
    };

    private static string Describe(Exception exception) => exception switch
    {
        HttpRequestException http => $"{http.HttpRequestError}: {http.Message}",
        _ => exception.Message,
    };
}

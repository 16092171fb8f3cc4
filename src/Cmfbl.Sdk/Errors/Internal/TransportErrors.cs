using System.Net.Sockets;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>
/// Turns a failure to get an answer (connection refused or reset, time-out, a body cut short, a fault inside the SDK
/// while handling the answer) into the SDK's exception. A write that may have reached the server becomes
/// <see cref="CmfblOutcomeUnknownException"/>; everything else is <see cref="CmfblServiceUnavailableException"/>.
/// </summary>
internal static class TransportErrors
{
    /// <param name="exception">The failure.</param>
    /// <param name="request">The request, for its trace.</param>
    /// <param name="call">The call, when the failure happened inside the call handler; <see langword="null"/> before it.</param>
    /// <param name="timedOut">Whether the call's time limit or an attempt's time-out ended it.</param>
    public static CmfblException Translate(Exception exception, HttpRequestMessage request, CallState? call, bool timedOut)
    {
        var operation = call?.Operation;
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

        var transport = IsTransport(exception) || timedOut;
        var happened = timedOut ? "timed out before an answer arrived"
            : transport ? $"failed before an answer arrived ({Describe(exception)})"
            : $"failed inside the SDK while the answer was handled ({exception.GetType().Name})";
        var inner = exception is TimeoutException ? null : exception;
        if (operation is { IsWrite: true } && MayHaveReachedServer(call, exception))
        {
            return ErrorFactory.OutcomeUnknown(operation, context, $"{name} {happened} after the request was sent.", code: null, inner);
        }

        return transport
            ? new CmfblServiceUnavailableException(
                $"{name} {happened}. The service could not be reached or did not answer in time; {(operation is { IsWrite: true } ? "the request was not sent, so it" : "the call")} can be tried again later. Trace: {context.Trace}.",
                context,
                innerException: inner)
            : new CmfblProtocolException(
                $"{name} {happened}. This is a fault in the SDK or in what the service sent; please report it with the trace. Trace: {context.Trace}.",
                context,
                inner);
    }

    /// <summary>
    /// Whether a failed attempt may have reached the service: it was handed to the network, and the failure is not one
    /// that happens before any byte is sent (connection refused, name resolution, TLS or proxy tunnel set-up).
    /// </summary>
    public static bool MayHaveReachedServer(CallState? call, Exception exception) =>
        call is { Sent: true } && exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError } => false,
            CmfblServiceUnavailableException or CmfblRateLimitException or CmfblInvalidRequestException => false,
            _ => true,
        };

    private static bool IsTransport(Exception exception) =>
        exception is HttpRequestException or IOException or SocketException or TimeoutException or OperationCanceledException;

    private static string Describe(Exception exception) => exception switch
    {
        HttpRequestException http => $"{http.HttpRequestError}: {http.Message}",
        _ => exception.Message,
    };
}

using System.Net.Http;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;

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

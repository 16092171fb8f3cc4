using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Remembers, across the attempts of one write, whether an earlier attempt may have taken effect, so the failure of a
/// later attempt (say a 503 after a time-out) is never reported as "did not take effect".
/// </summary>
internal static class AttemptOutcomes
{
    /// <summary>Called when an attempt failed and will be retried.</summary>
    public static void Failed(CallState call, Exception? exception)
    {
        if (exception is CmfblOutcomeUnknownException
            || (exception is not null and not CmfblException && TransportErrors.MayHaveReachedServer(call, exception)))
        {
            call.MayHaveExecuted = true;
        }
    }

    /// <summary>
    /// The failure the caller sees: <paramref name="failure"/>, unless the call is a write, an earlier attempt may have
    /// taken effect, and this last failure would say it did not.
    /// </summary>
    public static CmfblException Final(CmfblException failure, CallState call)
    {
        var operation = call.Operation;
        if (!operation.IsWrite
            || failure is not (CmfblServiceUnavailableException or CmfblRateLimitException)
            || !call.MayHaveExecuted)
        {
            return failure;
        }

        var context = new CmfblErrorContext(failure.BizType, failure.Trace, failure.HttpStatus);
        return ErrorFactory.OutcomeUnknown(
            operation,
            context,
            $"{operation.BizType} failed on its last attempt ({failure.GetType().Name}), and an earlier attempt had failed after it was sent.",
            (failure as CmfblApiException)?.Code ?? (failure as CmfblServiceUnavailableException)?.Code,
            failure);
    }
}

using System.Diagnostics;
using Cmfbl.Sdk.Diagnostics;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>How a call ended, reported once per call: the duration histogram, the error counter, the span's result code and status, and the log line.</summary>
internal static class CallRecord
{
    /// <summary>Records the call's duration, result code and span status, and writes its log line.</summary>
    public static void Write(ILogger logger, OperationDescriptor operation, string trace, long started, Activity? activity, Exception? failure)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var code = ResultCode(failure);
        var tags = new TagList
        {
            { CmfblTelemetry.BizTypeTag, operation.BizType },
            { CmfblTelemetry.FamilyTag, operation.FamilyName },
            { CmfblTelemetry.ResultCodeTag, code },
        };
        SdkDiagnostics.CallDuration.Record(elapsed.TotalSeconds, tags);
        activity?.SetTag(CmfblTelemetry.ResultCodeTag, code);
        if (failure is null)
        {
            Log.CallSucceeded(logger, operation.BizType, elapsed.TotalMilliseconds, trace);
            return;
        }

        SdkDiagnostics.CallErrors.Add(1, tags);
        activity?.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        Log.CallFailed(logger, operation.BizType, code, elapsed.TotalMilliseconds, trace, failure);
    }

    private static string ResultCode(Exception? failure) => failure switch
    {
        null => CmfblErrorCodes.Success,
        CmfblApiException api => api.Code,
        CmfblServiceUnavailableException { Code: { } code } => code,
        CmfblServiceUnavailableException => "unavailable",
        CmfblOutcomeUnknownException { Code: { } code } => code,
        CmfblOutcomeUnknownException => "outcome_unknown",
        CmfblInvalidRequestException => "invalid_request",
        CmfblProtocolException => "protocol_error",
        OperationCanceledException => "cancelled",
        _ => "error",
    };
}

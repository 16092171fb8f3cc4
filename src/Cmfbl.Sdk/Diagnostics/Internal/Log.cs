using Cmfbl.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Diagnostics.Internal;

/// <summary>
/// Every log line the SDK writes. Only the bizType, the trace, codes, timings and allow-listed header names and values
/// are logged; never a token, a secret, a password hash or a body.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Calling {BizType} (trace {Trace})")]
    public static partial void CallStarting(ILogger logger, string bizType, string? trace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{BizType} succeeded in {ElapsedMilliseconds:0.0} ms (trace {Trace})")]
    public static partial void CallSucceeded(ILogger logger, string bizType, double elapsedMilliseconds, string? trace);

    /// <summary>
    /// Logs a failed call at the level its kind deserves: the service's own answer with an error code (a business error,
    /// often caught on purpose) at Information without a stack trace; the caller's cancellation at Debug; anything else
    /// (no answer, an unreadable answer, an outcome unknown) at Warning with the exception.
    /// </summary>
    public static void CallFailed(ILogger logger, string bizType, string resultCode, double elapsedMilliseconds, string? trace, Exception failure)
    {
        if (failure is CmfblApiException answered)
        {
            CallAnsweredWithError(logger, bizType, resultCode, answered.BizCode, elapsedMilliseconds, trace);
        }
        else if (failure is OperationCanceledException)
        {
            CallCancelled(logger, bizType, elapsedMilliseconds, trace);
        }
        else
        {
            CallFailedWithoutAnswer(logger, bizType, resultCode, elapsedMilliseconds, trace, failure);
        }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{BizType} failed with {ResultCode} in {ElapsedMilliseconds:0.0} ms (trace {Trace})")]
    private static partial void CallFailedWithoutAnswer(ILogger logger, string bizType, string resultCode, double elapsedMilliseconds, string? trace, Exception exception);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "{BizType} was answered with error {ResultCode} (bizCode {BizCode}) in {ElapsedMilliseconds:0.0} ms and thrown to the caller as a CmfblApiException (trace {Trace})")]
    private static partial void CallAnsweredWithError(ILogger logger, string bizType, string resultCode, string? bizCode, double elapsedMilliseconds, string? trace);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "{BizType} was cancelled by the caller after {ElapsedMilliseconds:0.0} ms (trace {Trace})")]
    private static partial void CallCancelled(ILogger logger, string bizType, double elapsedMilliseconds, string? trace);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace, Message = "Sending {BizType} with headers {Headers}")]
    public static partial void SendingHeaders(ILogger logger, string bizType, string headers);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{BizType} was refused with {Code}: renewing the session token once and replaying (trace {Trace})")]
    public static partial void RenewingToken(ILogger logger, string bizType, string code, string? trace);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "{BizType} was refused as outside the time window: synchronising with the server clock and signing it once more (trace {Trace})")]
    public static partial void SynchronizingClock(ILogger logger, string bizType, string? trace);
}

using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>
/// Every log line the receivers write: endpoint, trace, request numbers, codes and reasons. Never a body, a signature,
/// a key or a message's recipient or text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Cmfbl {Endpoint} request refused with HTTP {StatusCode} {Code}: {Reason} (trace {Trace})")]
    public static partial void Refused(ILogger logger, string endpoint, int statusCode, string code, string reason, string? trace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Cmfbl {Endpoint} {RequestUniqueNo} answered {Code} (trace {Trace})")]
    public static partial void Answered(ILogger logger, string endpoint, string requestUniqueNo, string code, string trace);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Cmfbl {Endpoint} {RequestUniqueNo} is a repeat: answered with the first answer {Code} (trace {Trace})")]
    public static partial void Replayed(ILogger logger, string endpoint, string requestUniqueNo, string code, string trace);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Cmfbl {Endpoint} {RequestUniqueNo}: the handler missed the {DeadlineMilliseconds} ms deadline; answered {Code} (trace {Trace})")]
    public static partial void DeadlineMissed(ILogger logger, string endpoint, string requestUniqueNo, double deadlineMilliseconds, string code, string trace);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Cmfbl {Endpoint} {RequestUniqueNo}: the handler finished after the deadline; recorded as {Outcome}")]
    public static partial void FinishedLate(ILogger logger, string endpoint, string requestUniqueNo, string outcome);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Cmfbl {Endpoint} {RequestUniqueNo}: the handler threw (trace {Trace})")]
    public static partial void HandlerThrew(ILogger logger, string endpoint, string requestUniqueNo, string trace, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "Cmfbl {Endpoint} {RequestUniqueNo}: the idempotency store failed; answered HTTP 503 without running the handler (trace {Trace})")]
    public static partial void StoreFailed(ILogger logger, string endpoint, string requestUniqueNo, string trace, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Cmfbl cancellation {RequestUniqueNo} of {ReverseRequestUniqueNo}: {Decision} (trace {Trace})")]
    public static partial void CancelDecided(ILogger logger, string requestUniqueNo, string reverseRequestUniqueNo, string decision, string trace);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Cmfbl Bridge notification refused: {Reason} (trace {Trace})")]
    public static partial void BridgeRejected(ILogger logger, string reason, string? trace);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Cmfbl custom message refused: {Reason} (trace {Trace})")]
    public static partial void MessageRejected(ILogger logger, string reason, string? trace);

    [LoggerMessage(EventId = 11, Level = LogLevel.Error, Message = "Cmfbl {Endpoint}: the handler threw (trace {Trace})")]
    public static partial void NotificationHandlerThrew(ILogger logger, string endpoint, string? trace, Exception exception);
}

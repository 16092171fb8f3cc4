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

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{BizType} failed with {ResultCode} in {ElapsedMilliseconds:0.0} ms (trace {Trace})")]
    public static partial void CallFailed(ILogger logger, string bizType, string resultCode, double elapsedMilliseconds, string? trace, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Trace, Message = "Sending {BizType} with headers {Headers}")]
    public static partial void SendingHeaders(ILogger logger, string bizType, string headers);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{BizType} was refused with {Code}: renewing the session token once and replaying (trace {Trace})")]
    public static partial void RenewingToken(ILogger logger, string bizType, string code, string? trace);
}

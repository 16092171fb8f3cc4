using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Diagnostics.Internal;

/// <content>The push streams' log lines: channel, connection number, state, codes; never a token, an address with a token, or a frame's content.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "{Channel} stream connection {ConnectionId} is {State}")]
    public static partial void StreamState(ILogger logger, string channel, int connectionId, Streams.StreamState state);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "{Channel} stream connection {ConnectionId} lost, reconnecting (attempt {Attempt}): {Reason}")]
    public static partial void StreamLost(ILogger logger, string channel, int connectionId, int attempt, string reason);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "{Channel} stream connection {ConnectionId} resubscribed after a gap of {GapMilliseconds:0} ms")]
    public static partial void StreamResubscribed(ILogger logger, string channel, int connectionId, double gapMilliseconds);

    [LoggerMessage(EventId = 23, Level = LogLevel.Warning, Message = "{Channel} stream connection {ConnectionId}: the service refused the token; renewing it")]
    public static partial void StreamTokenRefused(ILogger logger, string channel, int connectionId);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning, Message = "{Channel} stream: a frame of {Length} bytes could not be read: {Reason}")]
    public static partial void StreamMalformedFrame(ILogger logger, string channel, int length, string reason);

    [LoggerMessage(EventId = 25, Level = LogLevel.Error, Message = "{Channel} stream connection {ConnectionId} closed for good: {Reason}")]
    public static partial void StreamFailed(ILogger logger, string channel, int connectionId, string reason);

    [LoggerMessage(EventId = 27, Level = LogLevel.Warning, Message = "A StateChanged handler of the {Channel} stream threw; the stream goes on")]
    public static partial void StreamStateHandlerFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(EventId = 28, Level = LogLevel.Warning, Message = "{Channel} stream connection {ConnectionId}: the service refused subscriptions when they were sent again (code {Code}); {Ended} subscription(s) ended with the refusal")]
    public static partial void StreamSubscriptionsRefused(ILogger logger, string channel, int connectionId, int ended, string code);

    [LoggerMessage(EventId = 26, Level = LogLevel.Warning, Message = "{Channel} stream connection {ConnectionId}: updating the subscriptions failed: {Reason}")]
    public static partial void StreamSyncFailed(ILogger logger, string channel, int connectionId, string reason);
}

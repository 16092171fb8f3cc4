using System.Net;
using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>The SDK exceptions the streams raise: what happened to which channel, and what to do. Never a token or a frame's content.</summary>
internal static class StreamErrors
{
    public const string TokenRefusedCode = "STREAM_TOKEN_REFUSED";

    public static CmfblErrorContext Context(StreamChannel channel, string? operation = null, string? trace = null, HttpStatusCode? status = null) =>
        new(operation ?? StreamDiagnostics.ChannelName(channel), trace, status);

    public static CmfblServiceUnavailableException Lost(StreamChannel channel, string what, Exception? cause = null) =>
        new($"The {StreamDiagnostics.ChannelName(channel)} stream connection {what}. The SDK reconnects and subscribes again on its own; pushes sent meanwhile may be missed (see the Resubscribed state's gap).", Context(channel), innerException: cause);

    public static CmfblServiceUnavailableException HandshakeFailed(StreamChannel channel, StreamConnectException exception) =>
        new($"The {StreamDiagnostics.ChannelName(channel)} stream could not connect: {exception.Message} The SDK tries again with backoff.", Context(channel, status: exception.Status));

    public static CmfblAuthenticationException TokenRefused(StreamChannel channel, int refusals) =>
        new(
            $"The {StreamDiagnostics.ChannelName(channel)} stream's token was refused {refusals} time(s) in a row, even after renewing it. Check the credentials (for a customer session, log in again; for the Manager stream, the app id and secret).",
            new CmfblApiError(TokenRefusedCode, null, "token refused", null),
            Context(channel));

    public static CmfblAuthenticationException TokenRenewing(StreamChannel channel) =>
        new(
            $"The {StreamDiagnostics.ChannelName(channel)} service refused the stream's token. The SDK renewed it and reconnects.",
            new CmfblApiError(TokenRefusedCode, null, "token refused", null),
            Context(channel));

    public static CmfblProtocolException Malformed(StreamChannel channel, string reason) =>
        new($"A {StreamDiagnostics.ChannelName(channel)} stream frame could not be read: {reason}. The frame was skipped; the stream goes on.", Context(channel));

    public static CmfblApiException Refused(StreamChannel channel, string operation, string code, string? message, string? trace) =>
        new(
            $"The {StreamDiagnostics.ChannelName(channel)} service refused {operation} with code {code}{(string.IsNullOrEmpty(message) ? string.Empty : $" ({message})")}. Trace: {trace}.",
            new CmfblApiError(code, null, message, null),
            Context(channel, operation, trace));

    public static CmfblServiceUnavailableException NoAnswer(StreamChannel channel, string operation, TimeSpan timeout, string? trace) =>
        new($"The {StreamDiagnostics.ChannelName(channel)} service did not answer {operation} within {timeout.TotalSeconds:0.#} s. Trace: {trace}.", Context(channel, operation, trace));

    public static CmfblException Wrap(StreamChannel channel, Exception exception) => exception switch
    {
        CmfblException sdk => sdk,
        StreamConnectException connect => HandshakeFailed(channel, connect),
        _ => Lost(channel, $"failed ({exception.GetType().Name})"),
    };

    /// <summary>
    /// Why a frame could not be read, without the frame's text: System.Text.Json's own messages quote it (an invalid
    /// literal, a converter's value), so for those only where the reading stopped is kept; the SDK's messages are kept.
    /// </summary>
    public static string Describe(Exception exception) => exception is System.Text.Json.JsonException { BytePositionInLine: { } position } json
        ? $"unreadable at {json.Path ?? "$"}, line {json.LineNumber + 1}, byte {position + 1}"
        : exception.Message;

    /// <summary>The start of a frame, for a <c>…StreamError</c> event: at most 256 characters.</summary>
    public static string Excerpt(ReadOnlySpan<byte> frame)
    {
        const int Limit = 256;
        var text = System.Text.Encoding.UTF8.GetString(frame[..Math.Min(frame.Length, Limit)]);
        return frame.Length > Limit ? text + "…" : text;
    }
}

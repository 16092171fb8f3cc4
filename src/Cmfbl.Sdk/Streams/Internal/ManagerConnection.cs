using System.Net.WebSockets;
using System.Text.Json;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// One durable consumer of the Manager data push: the token and <c>group</c> go in the handshake headers, the
/// heartbeat is the text <c>ping</c>, and every frame is an event for the one subscriber, which it waits for when full.
/// </summary>
internal sealed class ManagerConnection : StreamConnection
{
    private static readonly byte[] Ping = "ping"u8.ToArray();

    private readonly Uri _address;
    private readonly OrderedEventQueue<ManagerEvent> _queue;

    public ManagerConnection(StreamRuntime runtime, int id, ITokenSource tokens, Uri address, string group, OrderedEventQueue<ManagerEvent> queue, Action<StreamStateChangedEventArgs> onState)
        : base(runtime, StreamChannel.ManagerEvents, id, runtime.Streams.ManagerEvents, tokens, maxCallsPerSecond: null, onState)
    {
        _address = address;
        Group = group;
        _queue = queue;
    }

    public string Group { get; }

    protected override StreamConnectRequest CreateRequest(string? token) => new(
        _address,
        [
            new("token", token ?? string.Empty),
            new("group", Group),
            new("companyId", Runtime.Options.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        default,
        default);

    protected override Task OnOpenedAsync(string? token, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async ValueTask OnFrameAsync(WebSocketMessageType type, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        var span = frame.Span.Trim(" \r\n\t"u8);
        if (span.SequenceEqual("pong"u8) || span.SequenceEqual("ping"u8))
        {
            return;
        }

        var receivedAt = Runtime.Time.GetUtcNow();
        ManagerEvent managerEvent;
        try
        {
            managerEvent = ManagerEventReader.Read(frame, receivedAt);
        }
        catch (JsonException exception)
        {
            var reason = $"not a data push event ({StreamErrors.Describe(exception)})";
            StreamDiagnostics.Malformed.Add(1, Tag);
            Log.StreamMalformedFrame(Runtime.Logger, "manager_events", frame.Length, reason);
            managerEvent = new ManagerStreamError { Error = StreamErrors.Malformed(StreamChannel.ManagerEvents, reason), Frame = StreamErrors.Excerpt(frame.Span), ReceivedAt = receivedAt };
        }

        await _queue.WriteAsync(managerEvent, cancellationToken).ConfigureAwait(false);
    }

    protected override async ValueTask SendHeartbeatAsync(CancellationToken cancellationToken) =>
        await SendTextAsync(Ping, cancellationToken).ConfigureAwait(false);

    protected override void OnClosed(CmfblException? error) => _queue.Complete(error);
}

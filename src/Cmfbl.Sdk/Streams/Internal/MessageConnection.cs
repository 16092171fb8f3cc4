using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// The customer's message socket: on every (re)connection it sends <c>login</c> and <c>subscribe_asset</c> for the
/// intended trading modes and waits for <c>subscribe_success</c> (<c>subscribe_fail</c> means the token was refused);
/// later changes send <c>subscribe_asset</c> / <c>cancel_subscribe_asset</c> for the difference.
/// </summary>
internal sealed class MessageConnection : StreamConnection
{
    private readonly IMessageConnectionOwner _owner;
    private readonly Uri _address;
    private readonly MessageStreamOptions _options;
    private readonly object _ackGate = new();
    private TaskCompletionSource<string>? _ack;
    private HashSet<TradeType> _subscribed = [];
    private string _token = string.Empty;
    private long _seq;

    public MessageConnection(StreamRuntime runtime, int id, ITokenSource tokens, Uri address, IMessageConnectionOwner owner, Action<StreamStateChangedEventArgs> onState)
        : base(runtime, StreamChannel.Messages, id, runtime.Streams.Messages, tokens, maxCallsPerSecond: null, onState)
    {
        _owner = owner;
        _address = address;
        _options = runtime.Streams.Messages;
    }

    protected override StreamConnectRequest CreateRequest(string? token) => new(_address, [], default, default);

    protected override async Task OnOpenedAsync(string? token, CancellationToken cancellationToken)
    {
        _token = token ?? string.Empty;
        _subscribed = [];
        await SendAsync(MessageFrames.Login, null, cancellationToken).ConfigureAwait(false);
        await ResendIntentAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<long> SendIntentAsync(CancellationToken cancellationToken)
    {
        var (version, wanted) = _owner.Intent();
        var added = wanted.Except(_subscribed).ToArray();
        var removed = _subscribed.Except(wanted).ToArray();
        if (removed.Length > 0)
        {
            await SendAsync(MessageFrames.CancelSubscribeAsset, Join(removed), cancellationToken).ConfigureAwait(false);
        }

        if (added.Length > 0)
        {
            var ack = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_ackGate)
            {
                _ack = ack;
            }

            using var timeout = new CancellationTokenSource(_options.RequestTimeout, Runtime.Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                await SendAsync(MessageFrames.SubscribeAsset, Join(added), linked.Token).ConfigureAwait(false);
                var answer = await ack.Task.WaitAsync(linked.Token).ConfigureAwait(false);
                if (answer == MessageFrameReader.SubscribeFail)
                {
                    throw new StreamTokenRefusedException("The message service answered subscribe_fail.");
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw StreamErrors.NoAnswer(StreamChannel.Messages, "subscribe_asset", _options.RequestTimeout, null);
            }
        }

        _subscribed = [.. wanted];
        return version;
    }

    protected override async ValueTask OnFrameAsync(WebSocketMessageType type, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        var message = Read(frame.Span, out var acknowledgement);
        if (acknowledgement is not null)
        {
            lock (_ackGate)
            {
                _ack?.TrySetResult(acknowledgement);
                _ack = null;
            }

            return;
        }

        if (message is null)
        {
            return;
        }

        await _owner.PublishAsync(message, cancellationToken).ConfigureAwait(false);
        if (message is SessionEndedMessage)
        {
            StopReconnecting(null);
        }
    }

    protected override async ValueTask SendHeartbeatAsync(CancellationToken cancellationToken) =>
        await SendAsync(MessageFrames.Ping, null, cancellationToken).ConfigureAwait(false);

    protected override void OnSessionLost(CmfblException error)
    {
        lock (_ackGate)
        {
            _ack?.TrySetException(error);
            _ack = null;
        }
    }

    protected override void OnClosed(CmfblException? error)
    {
        OnSessionLost(error ?? StreamErrors.Lost(StreamChannel.Messages, "was closed"));
        _owner.OnConnectionClosed(this, error);
    }

    private MessageEvent? Read(ReadOnlySpan<byte> frame, out string? acknowledgement)
    {
        acknowledgement = null;
        var receivedAt = Runtime.Time.GetUtcNow();
        string? reason;
        if (PnlPushParser.IsPush(frame))
        {
            reason = PnlPushParser.Parse(frame, receivedAt, out var pnl);
            if (reason is null)
            {
                return pnl;
            }
        }
        else
        {
            try
            {
                var read = MessageFrameReader.Read(frame, receivedAt);
                acknowledgement = read.Acknowledgement;
                return read.Event;
            }
            catch (JsonException exception)
            {
                reason = $"not a message frame ({StreamErrors.Describe(exception)})";
            }
        }

        StreamDiagnostics.Malformed.Add(1, Tag);
        Log.StreamMalformedFrame(Runtime.Logger, "messages", frame.Length, reason);
        return new MessageStreamError { Error = StreamErrors.Malformed(StreamChannel.Messages, reason), Frame = StreamErrors.Excerpt(frame), ReceivedAt = receivedAt };
    }

    private ValueTask SendAsync(string msgType, string? tradeTypes, CancellationToken cancellationToken)
    {
        var now = Runtime.Time.GetUtcNow();
        var frame = MessageFrames.Build(msgType, _token, now.ToUnixTimeMilliseconds(), Runtime.Options.Language, _options.Device, Interlocked.Increment(ref _seq), TraceId.Create(Runtime.Time), tradeTypes);
        return SendTextAsync(frame, cancellationToken);
    }

    private static string Join(IEnumerable<TradeType> tradeTypes) =>
        string.Join(',', tradeTypes.Order().Select(t => ((int)t).ToString(CultureInfo.InvariantCulture)));
}

using System.Buffers;
using System.Net.WebSockets;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// One quote WebSocket: on every (re)connection it sends the owner's intended subscriptions (14000, 14010, 14016, or
/// 14006 to cancel what is no longer wanted) and waits for their answers; it turns text pushes, JSON answers and
/// compressed frames into events, and correlates answers with requests by <c>seq_id</c>.
/// </summary>
internal sealed class QuoteConnection : StreamConnection, IQuoteSink
{
    private readonly IQuoteConnectionOwner _owner;
    private readonly Func<string?, Uri> _address;
    private readonly QuoteStreamOptions _options;
    private readonly object _pendingGate = new();
    private readonly Dictionary<long, TaskCompletionSource<object>> _pending = [];
    private long _seq;
    private ActiveSubscriptions _active;

    public QuoteConnection(
        StreamRuntime runtime,
        int id,
        ITokenSource? tokens,
        Func<string?, Uri> address,
        IQuoteConnectionOwner owner,
        Action<StreamStateChangedEventArgs> onState)
        : base(runtime, StreamChannel.Quotes, id, runtime.Streams.Quotes, tokens, runtime.Streams.Quotes.MaxCallsPerSecond, onState)
    {
        _owner = owner;
        _address = address;
        _options = runtime.Streams.Quotes;
    }

    /// <summary>Sends a request and waits for the answer with the same <c>seq_id</c>.</summary>
    public async Task<object> RequestAsync(int cmdId, Action<Utf8JsonWriter>? data, string operation, CancellationToken cancellationToken)
    {
        var seq = Interlocked.Increment(ref _seq);
        var trace = TraceId.Create(Runtime.Time);
        var answer = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pendingGate)
        {
            _pending[seq] = answer;
        }

        using var timeout = new CancellationTokenSource(_options.RequestTimeout, Runtime.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await SendTextAsync(QuoteFrames.Build(cmdId, seq, trace, data), linked.Token).ConfigureAwait(false);
            var result = await answer.Task.WaitAsync(linked.Token).ConfigureAwait(false);
            return result is QuoteReply { Succeeded: false } refused
                ? throw StreamErrors.Refused(StreamChannel.Quotes, operation, refused.Ret.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Msg, refused.Ext ?? trace)
                : result;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw StreamErrors.NoAnswer(StreamChannel.Quotes, operation, _options.RequestTimeout, trace);
        }
        finally
        {
            lock (_pendingGate)
            {
                _pending.Remove(seq);
            }
        }
    }

    void IQuoteSink.OnQuote(QuoteEvent quote) => _owner.Publish(quote);

    protected override StreamConnectRequest CreateRequest(string? token) => new(_address(token), [], default, default);

    protected override Task OnOpenedAsync(string? token, CancellationToken cancellationToken) => ResendIntentAsync(cancellationToken);

    protected override ValueTask OnFrameAsync(WebSocketMessageType type, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        var span = frame.Span;
        if (type == WebSocketMessageType.Binary)
        {
            HandleCompressed(frame);
        }
        else if (QuotePushParser.IsPush(span))
        {
            if (QuotePushParser.Parse(span, this) is { } reason)
            {
                PublishMalformed(span, reason);
            }
        }
        else if (span.TrimStart(" \r\n\t"u8) is [(byte)'{', ..])
        {
            HandleReply(span);
        }
        else
        {
            PublishMalformed(span, "neither a text push nor a JSON answer");
        }

        return ValueTask.CompletedTask;
    }

    protected override async ValueTask SendHeartbeatAsync(CancellationToken cancellationToken) =>
        await SendTextAsync(QuoteFrames.Build(QuoteFrames.Heartbeat, Interlocked.Increment(ref _seq), TraceId.Create(Runtime.Time), null), cancellationToken).ConfigureAwait(false);

    protected override void OnSessionLost(CmfblException error) => FailPending(error);

    protected override void OnClosed(CmfblException? error)
    {
        FailPending(error ?? StreamErrors.Lost(StreamChannel.Quotes, "was closed"));
        _owner.OnConnectionClosed(this, error);
    }

    /// <summary>
    /// Sends the intent and waits for the answers. On an open connection a refusal is thrown to the caller that changed
    /// the intent (its <c>SubscribeAsync</c>). While opening (first connection or reconnect) the whole intent is sent
    /// again and there is no such caller: the subscriptions of a refused protocol end with the refusal, the rest is
    /// sent again and stays; when nothing is left the refusal is thrown and the connection stops (never a reconnect).
    /// </summary>
    protected override async Task<long> SendIntentAsync(CancellationToken cancellationToken)
    {
        var opening = !IsOpen;
        if (opening)
        {
            // A new connection has nothing subscribed. Reset here, under the sync lock, and not before waiting for it:
            // a change still finishing on the lost connection would otherwise leave that connection's state behind.
            _active = default;
        }

        while (true)
        {
            var intent = _owner.IntentFor(this);
            var refusals = await SendOnceAsync(intent, cancellationToken).ConfigureAwait(false);
            if (refusals.Count == 0)
            {
                return intent.Version;
            }

            if (!opening || !_owner.OnSubscriptionsRefused(this, intent.Version, refusals))
            {
                ExceptionDispatchInfo.Throw(refusals[0].Error);
            }

            ReportRefusedOnOpen(refusals[0].Error);
        }
    }

    /// <summary>
    /// Sends one round of requests and waits for all of them. A lost connection, an unanswered request, a refused
    /// cancellation or a cancelled wait is thrown; refused subscriptions are returned.
    /// </summary>
    private async Task<List<QuoteRefusal>> SendOnceAsync(QuoteIntent intent, CancellationToken cancellationToken)
    {
        var requests = new List<(QuoteChannels Channel, bool Subscribe, Task Answer)>(3);
        Add(QuoteChannels.Tickers, intent.Tickers, QuoteFrames.SubscribeTickers, QuoteFrames.CancelTickers, _active.Tickers, market: false, rolling: false);
        Add(QuoteChannels.Market, intent.Market, QuoteFrames.SubscribeMarket, QuoteFrames.CancelMarket, _active.Market, market: true, rolling: false);
        Add(QuoteChannels.Rolling24Hours, intent.Rolling, QuoteFrames.SubscribeRolling, QuoteFrames.CancelRolling, _active.Rolling, market: false, rolling: true);
        await Task.WhenAll(requests.Select(r => r.Answer)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        var refusals = new List<QuoteRefusal>(0);
        var active = _active;
        foreach (var (channel, subscribe, answer) in requests)
        {
            if (answer.IsCompletedSuccessfully)
            {
                active = active.With(channel, subscribe);
            }
            else if (subscribe && answer.Exception?.InnerException is CmfblApiException refused and not CmfblAuthenticationException)
            {
                // The protocol's state is left as it was (nothing, on a new connection); the refusal is handed on below.
                refusals.Add(new QuoteRefusal(channel, refused));
            }
        }

        // Anything else (the connection dropped, no answer, a cancelled wait) is not an answer: it wins over refusals.
        if (requests.Find(r => !r.Answer.IsCompletedSuccessfully && !refusals.Exists(x => x.Channel == r.Channel)) is { Answer: { } failed })
        {
            await failed.ConfigureAwait(false);
        }

        _active = active;
        return refusals;

        void Add(QuoteChannels channel, IReadOnlyList<QuoteIntent.Entry> entries, int subscribe, int cancelType, bool wasActive, bool market, bool rolling)
        {
            if (entries.Count > 0)
            {
                requests.Add((channel, true, RequestAsync(subscribe, QuoteFrames.SymbolList(entries, market, rolling), $"subscription {subscribe}", cancellationToken)));
            }
            else if (wasActive)
            {
                requests.Add((channel, false, RequestAsync(QuoteFrames.CancelSubscription, QuoteFrames.Cancel(cancelType), $"cancellation {cancelType}", cancellationToken)));
            }
        }
    }

    private void HandleCompressed(ReadOnlyMemory<byte> frame)
    {
        byte[] buffer;
        int length;
        try
        {
            length = CompressedFrame.Decode(frame, out buffer);
        }
        catch (InvalidDataException exception)
        {
            PublishMalformed(frame.Span, $"a binary frame that does not inflate ({exception.Message})");
            return;
        }

        try
        {
            HandleReply(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void HandleReply(ReadOnlySpan<byte> json)
    {
        QuoteReply? answered = null;
        object result;
        try
        {
            var reply = QuoteReplyReader.ReadEnvelope(json, out var data);
            answered = reply;
            result = reply;
            if (reply.Succeeded)
            {
                switch (reply.CmdId)
                {
                    case QuoteFrames.SubscribeTickers + 1:
                        QuoteReplyReader.ReadTickSnapshot(data, this);
                        break;
                    case QuoteFrames.SubscribeMarket + 1:
                        QuoteReplyReader.ReadMarketSnapshot(data, this);
                        break;
                    case QuoteFrames.SubscribeRolling + 1:
                        QuoteReplyReader.ReadRollingSnapshot(data, this);
                        break;
                    case QuoteFrames.QueryKlines + 1:
                        result = QuoteReplyReader.ReadKlines(data);
                        break;
                    case QuoteFrames.QueryKlineBatch + 1:
                        result = QuoteReplyReader.ReadKlineBatch(data);
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or OverflowException)
        {
            var reason = $"a JSON answer that does not have the documented shape ({StreamErrors.Describe(exception)})";
            PublishMalformed(json, reason);
            if (answered is not { } reply)
            {
                return;
            }

            // The request was answered, only its data is unreadable: a subscription stands (its snapshot is lost), and
            // a query fails now with what happened rather than with a timeout.
            result = reply.CmdId is QuoteFrames.QueryKlines + 1 or QuoteFrames.QueryKlineBatch + 1
                ? StreamErrors.Malformed(StreamChannel.Quotes, reason)
                : reply;
        }

        TaskCompletionSource<object>? waiter;
        lock (_pendingGate)
        {
            _pending.Remove(answered.Value.SeqId, out waiter);
        }

        if (result is CmfblException failure)
        {
            waiter?.TrySetException(failure);
        }
        else
        {
            waiter?.TrySetResult(result);
        }
    }

    private void PublishMalformed(ReadOnlySpan<byte> frame, string reason)
    {
        StreamDiagnostics.Malformed.Add(1, Tag);
        Log.StreamMalformedFrame(Runtime.Logger, "quotes", frame.Length, reason);
        _owner.Publish(new QuoteStreamError { Error = StreamErrors.Malformed(StreamChannel.Quotes, reason), Frame = StreamErrors.Excerpt(frame) });
    }

    private void FailPending(CmfblException error)
    {
        TaskCompletionSource<object>[] waiting;
        lock (_pendingGate)
        {
            waiting = [.. _pending.Values];
            _pending.Clear();
        }

        foreach (var waiter in waiting)
        {
            waiter.TrySetException(error);
        }
    }

    /// <summary>Which protocols this session has subscribed, so that an emptied one is cancelled.</summary>
    private readonly record struct ActiveSubscriptions(bool Tickers, bool Market, bool Rolling)
    {
        /// <summary>After an accepted subscription (<paramref name="subscribed"/>) or cancellation of <paramref name="channel"/>.</summary>
        public ActiveSubscriptions With(QuoteChannels channel, bool subscribed) => channel switch
        {
            QuoteChannels.Tickers => this with { Tickers = subscribed },
            QuoteChannels.Market => this with { Market = subscribed },
            _ => this with { Rolling = subscribed },
        };
    }
}

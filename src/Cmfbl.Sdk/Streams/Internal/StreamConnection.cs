using System.Buffers;
using System.Net.WebSockets;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// One WebSocket kept alive for a stream: connect (with the current token) → authenticate and (re)subscribe the
/// intended set (<see cref="OnOpenedAsync"/>) → read frames and send heartbeats, with a watchdog for a silent socket →
/// on loss, report the state, wait a jittered backoff and start again. A refused token is renewed once per refusal; a
/// refused subscription (<see cref="CmfblApiException"/>) is never retried by reconnecting. Subclasses supply the channel's handshake, opening, frames and heartbeat.
/// </summary>
internal abstract class StreamConnection : IAsyncDisposable, IDisposable
{
    private const int InitialBufferSize = 16 * 1024;
    private const int MaxMessageSize = 16 * 1024 * 1024;

    private readonly CancellationTokenSource _lifetime = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SemaphoreSlim _syncLock = new(1, 1);
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SendRateLimiter? _limiter;
    private readonly Action<StreamStateChangedEventArgs> _onState;
    private readonly KeyValuePair<string, object?> _tag;
    private readonly string _channelName;
    private IStreamSocket? _socket;
    private TaskCompletionSource<CmfblException>? _broken;
    private Task _loop = Task.CompletedTask;
    private Task _receive = Task.CompletedTask;
    private long _lastReceived;
    private long _sentVersion = -1;
    private volatile bool _dispatching;
    private volatile bool _open;
    private volatile bool _closing;
    private CmfblException? _stopReason;
    private CmfblException? _refusedOnOpen;
    private int _state = -1;
    private int _started;
    private int _disposed;

    protected StreamConnection(
        StreamRuntime runtime,
        StreamChannel channel,
        int id,
        StreamChannelOptions channelOptions,
        ITokenSource? tokens,
        int? maxCallsPerSecond,
        Action<StreamStateChangedEventArgs> onState)
    {
        Runtime = runtime;
        Channel = channel;
        Id = id;
        ChannelOptions = channelOptions;
        Tokens = tokens;
        _onState = onState;
        _tag = StreamDiagnostics.Tag(channel);
        _channelName = StreamDiagnostics.ChannelName(channel);
        _limiter = maxCallsPerSecond is { } limit ? new SendRateLimiter(limit, runtime.Time) : null;
    }

    public StreamChannel Channel { get; }

    public int Id { get; }

    /// <summary>Gets the last state reported, or null before <see cref="Start"/>.</summary>
    public StreamState? State => Volatile.Read(ref _state) is var state and >= 0 ? (StreamState)state : null;

    /// <summary>Gets a task that completes when the first connection is open and subscribed, or fails when the connection gives up before that.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Gets whether a connection is open and subscribed right now.</summary>
    public bool IsOpen => _open;

    protected StreamRuntime Runtime { get; }

    protected StreamChannelOptions ChannelOptions { get; }

    protected ITokenSource? Tokens { get; }

    protected KeyValuePair<string, object?> Tag => _tag;

    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _loop = Task.Run(() => RunAsync(_lifetime.Token));
        }
    }

    /// <summary>
    /// Makes sure the connection has sent the intended subscriptions of <paramref name="version"/> or later: waits for
    /// the first connection if there was none yet; sends now if it is open; otherwise the next reconnect sends them.
    /// A request the open connection leaves unanswered (or that the connection's loss fails) ends that connection:
    /// like any other loss it is reported (Reconnecting, then Resubscribed with the gap) and the reconnect sends the
    /// latest intent, so it returns without an error.
    /// </summary>
    /// <exception cref="CmfblApiException">The service refused the subscription.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task SyncAsync(long version, CancellationToken cancellationToken)
    {
        if (!Ready.IsCompleted)
        {
            await Ready.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _syncLock.WaitAsync(cancellationToken).ConfigureAwait(false);

        // Read before _open: while the sync lock is held no other session can open (opening resends under this lock),
        // so an open connection seen after this read is the session this signal belongs to.
        var broken = Volatile.Read(ref _broken);
        try
        {
            if (_open && Interlocked.Read(ref _sentVersion) < version)
            {
                Interlocked.Exchange(ref _sentVersion, await SendIntentAsync(cancellationToken).ConfigureAwait(false));
            }
        }
        catch (CmfblServiceUnavailableException unanswered)
        {
            // Unanswered within the request timeout, or the connection dropped meanwhile: either way this session can
            // no longer be trusted with the intent. Ending it (if it is still open) makes the reconnect send the latest
            // intent and report the loss; a session already over ignores this.
            broken?.TrySetResult(unanswered);
        }
        finally
        {
            _syncLock.Release();
        }
    }

    /// <summary>Closes cleanly: sends the close frame, waits (at most <see cref="StreamsOptions.CloseTimeout"/>, real time) for the service's, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _closing = true;
        if (_socket is { } socket && _open)
        {
            using var timeout = new CancellationTokenSource(Runtime.Streams.CloseTimeout);
            try
            {
                await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
                try
                {
                    await socket.CloseOutputAsync(timeout.Token).ConfigureAwait(false);
                }
                finally
                {
                    _sendLock.Release();
                }

                await _receive.WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or WebSocketException or IOException or ObjectDisposedException)
            {
                // The service did not finish the close handshake in time: the connection is dropped below.
            }
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Drops the connection at once (no close handshake); the loop stops in the background.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _closing = true;
        _lifetime.Cancel();
        _socket?.Abort();
        GC.SuppressFinalize(this);
    }

    /// <summary>The handshake: address and headers for this token (null for a guest).</summary>
    protected abstract StreamConnectRequest CreateRequest(string? token);

    /// <summary>
    /// Runs once per connection, while frames are already being read: authenticate and send the intended
    /// subscriptions, waiting for their answers. Throw <see cref="StreamTokenRefusedException"/> when the service
    /// refuses the token (renewed and retried), a <see cref="CmfblApiException"/> when it refuses what is left to
    /// subscribe (the connection stops for good: a refusal is an answer, not a loss).
    /// </summary>
    protected abstract Task OnOpenedAsync(string? token, CancellationToken cancellationToken);

    /// <summary>
    /// Sends what the owner currently wants subscribed on this connection (and cancels what it no longer wants), waits
    /// for the answers, and returns the version of the intent sent. Connections without subscriptions send nothing.
    /// </summary>
    protected virtual Task<long> SendIntentAsync(CancellationToken cancellationToken) => Task.FromResult(long.MaxValue);

    /// <summary>Sends the whole intent on a new connection (call it from <see cref="OnOpenedAsync"/>).</summary>
    protected async Task ResendIntentAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _sentVersion, -1);
        await _syncLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Interlocked.Exchange(ref _sentVersion, await SendIntentAsync(cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _syncLock.Release();
        }
    }

    /// <summary>Handles one whole message. The memory is only valid during the call.</summary>
    protected abstract ValueTask OnFrameAsync(WebSocketMessageType type, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken);

    /// <summary>Sends the channel's heartbeat.</summary>
    protected abstract ValueTask SendHeartbeatAsync(CancellationToken cancellationToken);

    /// <summary>Called when an open connection is lost (before reconnecting): fail what waits for an answer.</summary>
    protected virtual void OnSessionLost(CmfblException error)
    {
    }

    /// <summary>Called once when the connection stops for good; <paramref name="error"/> is null for a normal close.</summary>
    protected virtual void OnClosed(CmfblException? error)
    {
    }

    /// <summary>
    /// Records, while opening (<see cref="OnOpenedAsync"/>), that the service refused some of the subscriptions and
    /// that they were dropped: the <see cref="StreamState.Connected"/> or <see cref="StreamState.Resubscribed"/> that
    /// follows carries <paramref name="refusal"/> as its error.
    /// </summary>
    protected void ReportRefusedOnOpen(CmfblException refusal) => Volatile.Write(ref _refusedOnOpen, refusal);

    /// <summary>Stops after the current connection, without reconnecting (for example the service ended the session).</summary>
    protected void StopReconnecting(CmfblException? reason)
    {
        _stopReason = reason;
        _closing = true;
        _lifetime.Cancel();
    }

    /// <summary>Sends one text message on the open connection, within the channel's call rate.</summary>
    /// <exception cref="CmfblServiceUnavailableException">The connection is not open, or dropped while sending.</exception>
    protected async ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        if (_limiter is not null)
        {
            await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var socket = _socket ?? throw StreamErrors.Lost(Channel, "is not open");
            await socket.SendTextAsync(utf8, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw StreamErrors.Lost(Channel, $"dropped while sending ({failure.GetType().Name})", failure);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var failures = 0;
        var refusals = 0;
        var everOpened = false;
        DateTimeOffset? gapStart = null;
        CmfblException? fatal = null;
        Raise(StreamState.Connecting, attempt: 1);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var delay = ReconnectBackoff.Delay(failures, Runtime.Streams.ReconnectBaseDelay, Runtime.Streams.ReconnectMaxDelay, Runtime.Random);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, Runtime.Time, stopping).ConfigureAwait(false);
                }

                string? token;
                try
                {
                    token = Tokens is null ? null : await Tokens.GetTokenAsync(stopping).ConfigureAwait(false);
                }
                catch (Exception failure) when (IsTokenSourceFailure(failure))
                {
                    fatal = AsAuthenticationFailure(failure);
                    break;
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    failures++;
                    ReportLost(StreamErrors.Wrap(Channel, failure), failures, wasOpen: false, ref gapStart);
                    continue;
                }

                SessionEnd end;
                try
                {
                    var socket = await ConnectAsync(token, stopping).ConfigureAwait(false);
                    end = await RunSessionAsync(socket, token, opened: () =>
                    {
                        failures = 0;
                        refusals = 0;
                        var now = Runtime.Time.GetUtcNow();
                        var refused = Interlocked.Exchange(ref _refusedOnOpen, null);
                        if (!everOpened)
                        {
                            everOpened = true;
                            Raise(StreamState.Connected, error: refused, at: now);
                            _ready.TrySetResult();
                        }
                        else
                        {
                            var gap = new StreamGap(gapStart ?? now, now);
                            var gapMilliseconds = gap.Duration.TotalMilliseconds;
                            Log.StreamResubscribed(Runtime.Logger, _channelName, Id, gapMilliseconds);
                            Raise(StreamState.Resubscribed, gap: gap, error: refused, at: now);
                        }

                        gapStart = null;
                    }, stopping).ConfigureAwait(false);
                }
                catch (StreamConnectException refused) when (refused.IsRefusal)
                {
                    end = new SessionEnd(null, Refused: true, WasOpen: false);
                }
                catch (Exception failure) when (failure is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    end = new SessionEnd(StreamErrors.Wrap(Channel, failure), Refused: false, WasOpen: false);
                }

                if (_closing || stopping.IsCancellationRequested)
                {
                    break;
                }

                if (end.Error is CmfblApiException refusedSubscription and not CmfblAuthenticationException)
                {
                    // The service answered, and its answer was no: a new connection would only be refused again. On the
                    // first connection or on a reconnect alike, stop and hand the refusal to whoever is still waiting.
                    fatal = refusedSubscription;
                    break;
                }

                var error = end.Error;
                if (end.Refused)
                {
                    refusals++;
                    Log.StreamTokenRefused(Runtime.Logger, _channelName, Id);
                    if (Tokens is null || refusals > Runtime.Streams.MaxTokenRefusals)
                    {
                        fatal = StreamErrors.TokenRefused(Channel, refusals);
                        break;
                    }

                    error = StreamErrors.TokenRenewing(Channel);
                    try
                    {
                        await Tokens.RenewAsync(token ?? string.Empty, stopping).ConfigureAwait(false);
                    }
                    catch (Exception failure) when (IsTokenSourceFailure(failure))
                    {
                        fatal = AsAuthenticationFailure(failure);
                        break;
                    }
                    catch (Exception failure) when (failure is not OperationCanceledException)
                    {
                        error = StreamErrors.Wrap(Channel, failure);
                        failures++;
                    }
                }
                else
                {
                    failures++;
                }

                ReportLost(error ?? StreamErrors.Lost(Channel, "was closed"), failures, end.WasOpen, ref gapStart);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed while waiting to reconnect.
        }
        finally
        {
            var reason = fatal ?? _stopReason;
            if (fatal is not null)
            {
                Log.StreamFailed(Runtime.Logger, _channelName, Id, fatal.Message);
                _ready.TrySetException(fatal);
            }
            else
            {
                _ready.TrySetCanceled(CancellationToken.None);
            }

            Raise(StreamState.Closed, error: reason);
            OnClosed(fatal);
        }
    }

    private void ReportLost(CmfblException error, int failures, bool wasOpen, ref DateTimeOffset? gapStart)
    {
        var now = Runtime.Time.GetUtcNow();
        if (wasOpen)
        {
            gapStart ??= now;
            StreamDiagnostics.Reconnects.Add(1, _tag);
            OnSessionLost(error);
        }

        Log.StreamLost(Runtime.Logger, _channelName, Id, failures + 1, error.Message);
        Raise(StreamState.Reconnecting, attempt: failures + 1, error: error, at: now);
    }

    private async Task<IStreamSocket> ConnectAsync(string? token, CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(Runtime.Streams.ConnectTimeout, Runtime.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        var keepAlive = ChannelOptions.HeartbeatInterval;
        var request = CreateRequest(token) with
        {
            KeepAliveInterval = keepAlive,
            KeepAliveTimeout = ChannelOptions.HeartbeatTimeout ?? keepAlive * 3,
        };
        try
        {
            return await Runtime.Sockets.ConnectAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            throw StreamErrors.Lost(Channel, $"handshake did not finish within {Runtime.Streams.ConnectTimeout.TotalSeconds:0.#} s");
        }
    }

    private async Task<SessionEnd> RunSessionAsync(IStreamSocket socket, string? token, Action opened, CancellationToken stopping)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        _socket = socket;
        Volatile.Write(ref _lastReceived, Runtime.Time.GetTimestamp());
        var receive = ReceiveLoopAsync(socket, session);
        _receive = receive;
        var heartbeat = Task.CompletedTask;
        var broken = new TaskCompletionSource<CmfblException>(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _broken, broken);
        Volatile.Write(ref _refusedOnOpen, null);
        SessionEnd? end = null;
        try
        {
            await OnOpenedAsync(token, session.Token).ConfigureAwait(false);
            _open = true;
            opened();
            heartbeat = HeartbeatLoopAsync(session.Token);
            var ended = await Task.WhenAny(receive, heartbeat, broken.Task).ConfigureAwait(false);
            if (ended == heartbeat)
            {
                await heartbeat.ConfigureAwait(false);
            }
            else if (ended == broken.Task)
            {
                // A request went unanswered on this open connection (SyncAsync): it is a loss like any other.
                end = new SessionEnd(await broken.Task.ConfigureAwait(false), Refused: false, WasOpen: true);
            }
        }
        catch (StreamTokenRefusedException)
        {
            end = new SessionEnd(null, Refused: true, WasOpen: _open);
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
            // The session ended (the socket closed or failed, or the stream is stopping): the receive loop says why.
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            end = new SessionEnd(StreamErrors.Wrap(Channel, failure), Refused: false, WasOpen: _open);
        }
        finally
        {
            var wasOpen = _open;
            _open = false;
            await session.CancelAsync().ConfigureAwait(false);
            if (!_closing)
            {
                socket.Abort();
            }

            var received = await receive.ConfigureAwait(false);
            await ObserveAsync(heartbeat).ConfigureAwait(false);
            _socket = null;
            socket.Dispose();
            end ??= received with { WasOpen = wasOpen };
        }

        return end.Value;
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is OperationCanceledException or CmfblException or WebSocketException or IOException or ObjectDisposedException)
        {
            // The session is over; this task's outcome no longer matters.
        }
    }

    private async Task<SessionEnd> ReceiveLoopAsync(IStreamSocket socket, CancellationTokenSource session)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var length = 0;
        try
        {
            while (true)
            {
                if (buffer.Length - length < 1024)
                {
                    if (buffer.Length >= MaxMessageSize)
                    {
                        return new SessionEnd(StreamErrors.Malformed(Channel, $"a message exceeded {MaxMessageSize / (1024 * 1024)} MB"), Refused: false, WasOpen: false);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var result = await socket.ReceiveAsync(buffer.AsMemory(length), session.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return _closing
                        ? default
                        : socket.CloseStatus == WebSocketCloseStatus.PolicyViolation
                            ? new SessionEnd(null, Refused: true, WasOpen: false)
                            : new SessionEnd(StreamErrors.Lost(Channel, $"was closed by the service ({socket.CloseStatus?.ToString() ?? "no status"})"), Refused: false, WasOpen: false);
                }

                length += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Volatile.Write(ref _lastReceived, Runtime.Time.GetTimestamp());
                StreamDiagnostics.Messages.Add(1, _tag);
                _dispatching = true;
                try
                {
                    await OnFrameAsync(result.MessageType, buffer.AsMemory(0, length), session.Token).ConfigureAwait(false);
                }
                finally
                {
                    _dispatching = false;
                    Volatile.Write(ref _lastReceived, Runtime.Time.GetTimestamp());
                }

                length = 0;
            }
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
            return default;
        }
        catch (Exception failure) when (failure is WebSocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            return _closing ? default : new SessionEnd(StreamErrors.Lost(Channel, $"dropped ({failure.GetType().Name})"), Refused: false, WasOpen: false);
        }
        catch (CmfblException failure)
        {
            return new SessionEnd(failure, Refused: false, WasOpen: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            await session.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ChannelOptions.HeartbeatInterval, Runtime.Time);
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ChannelOptions.HeartbeatTimeout is { } limit && !_dispatching
                && Runtime.Time.GetElapsedTime(Volatile.Read(ref _lastReceived)) > limit)
            {
                throw StreamErrors.Lost(Channel, $"received nothing for {limit.TotalSeconds:0.#} s (heartbeat watchdog)");
            }

            await SendHeartbeatAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Raise(StreamState state, int attempt = 0, StreamGap? gap = null, CmfblException? error = null, DateTimeOffset? at = null)
    {
        Volatile.Write(ref _state, (int)state);
        if (state is StreamState.Connected or StreamState.Closed)
        {
            Log.StreamState(Runtime.Logger, _channelName, Id, state);
        }

        var change = new StreamStateChangedEventArgs(Channel, Id, state, at ?? Runtime.Time.GetUtcNow()) { Attempt = attempt, Gap = gap, Error = error };
#pragma warning disable CA1031 // A caller's state handler that throws must not stop the connection.
        try
        {
            _onState(change);
        }
        catch (Exception handlerFailure)
        {
            Log.StreamStateHandlerFailed(Runtime.Logger, _channelName, handlerFailure);
        }
#pragma warning restore CA1031
    }

    /// <summary>A token source that cannot give a token (no credentials, logged out, refused): the stream cannot go on.</summary>
    private static bool IsTokenSourceFailure(Exception failure) =>
        failure is CmfblAuthenticationException or InvalidOperationException;

    private CmfblException AsAuthenticationFailure(Exception failure) => failure as CmfblAuthenticationException
        ?? new CmfblAuthenticationException(
            $"The {_channelName} stream could not get a token: {failure.Message}",
            new CmfblApiError(StreamErrors.TokenRefusedCode, null, "no token", null),
            StreamErrors.Context(Channel),
            failure);

    /// <summary>Why a connection ended: an error, a refused token, and whether it had been open.</summary>
    private readonly record struct SessionEnd(CmfblException? Error, bool Refused, bool WasOpen);
}

using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>
/// The fake's WebSocket side: accepts the three channels, keeps the open connections, the frames clients sent, the
/// market and the Manager event log, and the stream faults (refuse the next tokens, ignore the next subscriptions,
/// stall, drop).
/// </summary>
internal sealed class StreamHub
{
    private const int Channels = 3;

    private readonly object _gate = new();
    private readonly List<FakeSocket> _sockets = [];
    private readonly List<FakeStreamFrame> _frames = [];
    private readonly int[] _refusals = new int[Channels];
    private readonly int[] _ignored = new int[Channels];
    private readonly TaskCompletionSource?[] _stalls = new TaskCompletionSource?[Channels];
    private int _nextId;

    public StreamHub(FakeBackend backend, CancellationToken stopping)
    {
        Backend = backend;
        Stopping = stopping;
        Market = new FakeMarketBook(this);
        Events = new ManagerEventLog(this);
    }

    public FakeBackend Backend { get; }

    public CancellationToken Stopping { get; }

    public TimeProvider Time => Backend.Settings.Time;

    public FakeMarketBook Market { get; }

    public ManagerEventLog Events { get; }

    /// <summary>Routes WebSocket requests on the three channels' paths; everything else goes on to the gateway.</summary>
    public async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (path.StartsWith("/apiQuote/quote", StringComparison.Ordinal))
        {
            await QuoteEndpoint.HandleAsync(this, context, path).ConfigureAwait(false);
        }
        else if (path.StartsWith("/openapi-c/openMsg/", StringComparison.Ordinal))
        {
            await MessageEndpoint.HandleAsync(this, context).ConfigureAwait(false);
        }
        else if (path is "/openapi-b/ws" or "/openapi-b/global/ws")
        {
            await ManagerEventEndpoint.HandleAsync(this, context).ConfigureAwait(false);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    /// <summary>Takes one queued refusal of <paramref name="channel"/>, if any.</summary>
    public bool TakeRefusal(FakeStreamChannel channel) => Take(_refusals, channel);

    /// <summary>Queues <paramref name="count"/> refusals of <paramref name="channel"/>'s next tokens.</summary>
    public void RefuseNext(FakeStreamChannel channel, int count) => Queue(_refusals, channel, count);

    /// <summary>Takes one queued "ignore this subscription" of <paramref name="channel"/>, if any.</summary>
    public bool TakeIgnored(FakeStreamChannel channel) => Take(_ignored, channel);

    /// <summary>Queues <paramref name="count"/> subscriptions of <paramref name="channel"/> to leave unanswered.</summary>
    public void IgnoreNext(FakeStreamChannel channel, int count) => Queue(_ignored, channel, count);

    public void Stall(FakeStreamChannel channel, bool stalled)
    {
        TaskCompletionSource? resume = null;
        lock (_gate)
        {
            if (stalled)
            {
                _stalls[(int)channel] ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else
            {
                resume = _stalls[(int)channel];
                _stalls[(int)channel] = null;
            }
        }

        resume?.TrySetResult();
    }

    public bool IsStalled(FakeStreamChannel channel)
    {
        lock (_gate)
        {
            return _stalls[(int)channel] is not null;
        }
    }

    /// <summary>While the channel is stalled, waits (neither reading nor answering, so no pongs either).</summary>
    public Task WhileStalledAsync(FakeStreamChannel channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _stalls[(int)channel]?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
        }
    }

    public FakeSocket Add(WebSocket socket, FakeStreamChannel channel)
    {
        lock (_gate)
        {
            var added = new FakeSocket(socket, channel, ++_nextId);
            _sockets.Add(added);
            return added;
        }
    }

    public void Remove(FakeSocket socket)
    {
        lock (_gate)
        {
            _sockets.Remove(socket);
        }
    }

    public IReadOnlyList<FakeSocket> Sockets(FakeStreamChannel channel)
    {
        lock (_gate)
        {
            return [.. _sockets.Where(s => s.Channel == channel)];
        }
    }

    public int Drop(FakeStreamChannel channel)
    {
        var sockets = Sockets(channel);
        foreach (var socket in sockets)
        {
            socket.Abort();
        }

        return sockets.Count;
    }

    public void Record(FakeSocket socket, string text)
    {
        lock (_gate)
        {
            _frames.Add(new FakeStreamFrame(socket.Channel, socket.Id, text, Time.GetUtcNow()));
        }
    }

    public IReadOnlyList<FakeStreamFrame> Frames()
    {
        lock (_gate)
        {
            return [.. _frames];
        }
    }

    public void ClearFrames()
    {
        lock (_gate)
        {
            _frames.Clear();
        }
    }

    /// <summary>Sends <paramref name="text"/> to every open connection of <paramref name="channel"/> that is not stalled; returns how many.</summary>
    public int Broadcast(FakeStreamChannel channel, string text, Func<FakeSocket, bool>? filter = null)
    {
        if (IsStalled(channel))
        {
            return 0;
        }

        var sent = 0;
        foreach (var socket in Sockets(channel))
        {
            if (filter is null || filter(socket))
            {
                socket.SendTextAsync(text, Stopping).GetAwaiter().GetResult();
                sent++;
            }
        }

        return sent;
    }

    private void Queue(int[] counts, FakeStreamChannel channel, int count)
    {
        lock (_gate)
        {
            counts[(int)channel] += count;
        }
    }

    private bool Take(int[] counts, FakeStreamChannel channel)
    {
        lock (_gate)
        {
            if (counts[(int)channel] == 0)
            {
                return false;
            }

            counts[(int)channel]--;
            return true;
        }
    }

    /// <summary>Reads one whole message; null when the client closed or went away.</summary>
    public static async Task<(WebSocketMessageType Type, string Text)?> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken).ConfigureAwait(false);
                    }

                    return null;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    return (result.MessageType, Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Accepts the socket and runs <paramref name="handle"/> for each message the client sends, until it leaves or the server stops.</summary>
    public async Task RunAsync(HttpContext context, FakeStreamChannel channel, Action<FakeSocket>? opened, Func<FakeSocket, string, Task> handle)
    {
        using var webSocket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Stopping, context.RequestAborted);
        var socket = Add(webSocket, channel);
        try
        {
            opened?.Invoke(socket);
            while (!stop.IsCancellationRequested)
            {
                await WhileStalledAsync(channel, stop.Token).ConfigureAwait(false);
                if (await ReceiveAsync(webSocket, stop.Token).ConfigureAwait(false) is not { } message)
                {
                    break;
                }

                Record(socket, message.Text);
                await WhileStalledAsync(channel, stop.Token).ConfigureAwait(false);
                await handle(socket, message.Text).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping or the client went away.
        }
        finally
        {
            Remove(socket);
            socket.Dispose();
        }
    }
}

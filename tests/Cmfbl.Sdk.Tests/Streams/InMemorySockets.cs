using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>
/// The network for state-machine tests: every handshake the SDK makes gives the test the server end of an in-memory
/// socket (or is refused, when the test says so).
/// </summary>
internal sealed class InMemorySockets : IStreamSocketFactory
{
    private readonly Channel<InMemorySocket> _accepted = Channel.CreateUnbounded<InMemorySocket>();
    private readonly List<StreamConnectRequest> _requests = [];

    /// <summary>Gets or sets a rule that fails a handshake by throwing what it returns.</summary>
    public Func<StreamConnectRequest, Exception?>? Refuse { get; set; }

    public IReadOnlyList<StreamConnectRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public Task<IStreamSocket> ConnectAsync(StreamConnectRequest request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }

        if (Refuse?.Invoke(request) is { } failure)
        {
            return Task.FromException<IStreamSocket>(failure);
        }

        var socket = new InMemorySocket();
        _accepted.Writer.TryWrite(socket);
        return Task.FromResult<IStreamSocket>(socket);
    }

    /// <summary>Waits for the SDK's next connection.</summary>
    public async Task<InMemorySocket> AcceptAsync() => await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
}

/// <summary>Both ends of one in-memory WebSocket: the SDK uses it as <see cref="IStreamSocket"/>, the test as the server.</summary>
internal sealed class InMemorySocket : IStreamSocket
{
    private readonly Channel<(WebSocketMessageType Type, byte[] Bytes)> _toClient = Channel.CreateUnbounded<(WebSocketMessageType, byte[])>();
    private readonly Channel<string> _fromClient = Channel.CreateUnbounded<string>();
    private (WebSocketMessageType Type, byte[] Bytes)? _current;
    private int _offset;

    public WebSocketCloseStatus? CloseStatus { get; private set; }

    public bool ClientClosed { get; private set; }

    /// <summary>Gets or sets whether the SDK's sends fail (as on a socket the network dropped) while receiving still works.</summary>
    public bool FailSends { get; set; }

    public ValueTask SendTextAsync(ReadOnlyMemory<byte> utf8, CancellationToken cancellationToken)
    {
        if (FailSends || !_fromClient.Writer.TryWrite(Encoding.UTF8.GetString(utf8.Span)))
        {
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask<ValueWebSocketReceiveResult> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            try
            {
                _current = await _toClient.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException closed)
            {
                throw closed.InnerException ?? new WebSocketException(WebSocketError.ConnectionClosedPrematurely);
            }

            _offset = 0;
        }

        var (type, bytes) = _current.Value;
        if (type == WebSocketMessageType.Close)
        {
            return new ValueWebSocketReceiveResult(0, WebSocketMessageType.Close, true);
        }

        var count = Math.Min(buffer.Length, bytes.Length - _offset);
        bytes.AsMemory(_offset, count).CopyTo(buffer);
        _offset += count;
        var end = _offset == bytes.Length;
        if (end)
        {
            _current = null;
        }

        return new ValueWebSocketReceiveResult(count, type, end);
    }

    public ValueTask CloseOutputAsync(CancellationToken cancellationToken)
    {
        ClientClosed = true;
        _fromClient.Writer.TryComplete();
        CloseStatus = WebSocketCloseStatus.NormalClosure;
        _toClient.Writer.TryWrite((WebSocketMessageType.Close, []));
        return ValueTask.CompletedTask;
    }

    public void Abort() => Drop();

    public void Dispose()
    {
    }

    // The server's side.
    public void Push(string text) => _toClient.Writer.TryWrite((WebSocketMessageType.Text, Encoding.UTF8.GetBytes(text)));

    /// <summary>Sends <paramref name="bytes"/> as a text frame as they are (which may be invalid UTF-8).</summary>
    public void PushRaw(byte[] bytes) => _toClient.Writer.TryWrite((WebSocketMessageType.Text, bytes));

    public void PushBinary(byte[] bytes) => _toClient.Writer.TryWrite((WebSocketMessageType.Binary, bytes));

    public void Drop()
    {
        _toClient.Writer.TryComplete(new WebSocketException(WebSocketError.ConnectionClosedPrematurely));
        _fromClient.Writer.TryComplete();
    }

    /// <summary>Waits for the next frame the SDK sends.</summary>
    public async Task<string> NextAsync() => await _fromClient.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>Waits for the next quote request and answers it with ret 200 (and an empty snapshot); returns the request.</summary>
    public async Task<JsonObject> AnswerQuoteRequestAsync(int ret = 200)
    {
        var request = (JsonObject)JsonNode.Parse(await NextAsync())!;
        Answer(request, ret);
        return request;
    }

    /// <summary>Answers a quote request with <paramref name="ret"/> (and an empty snapshot).</summary>
    public void Answer(JsonObject request, int ret = 200) => Push(new JsonObject
    {
        ["ret"] = ret,
        ["msg"] = ret == 200 ? "ok" : "request data param invalid",
        ["cmd_id"] = (int)request["cmd_id"]! + 1,
        ["seq_id"] = (long)request["seq_id"]!,
        ["ext"] = (string?)request["ext"],
        ["data"] = new JsonObject { ["tick_list"] = new JsonArray() },
    }.ToJsonString());
}

using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>A bare ClientWebSocket on one of the fake's channels, for driving it without the SDK.</summary>
public sealed class RawSocket : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private RawSocket(ClientWebSocket socket) => Socket = socket;

    public ClientWebSocket Socket { get; }

    public static async Task<RawSocket> ConnectAsync(CmfblFakeServer server, string path, IReadOnlyDictionary<string, string>? headers = null)
    {
        var socket = new ClientWebSocket();
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            socket.Options.SetRequestHeader(name, value);
        }

        var address = new Uri(server.BaseAddress.ToString().Replace("http://", "ws://", StringComparison.Ordinal) + path.TrimStart('/'));
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(address, timeout.Token);
        return new RawSocket(socket);
    }

    public static async Task<WebSocketException> RefusedAsync(CmfblFakeServer server, string path, IReadOnlyDictionary<string, string>? headers = null)
    {
        var exception = await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(server, path, headers));
        return exception;
    }

    public Task SendAsync(string text) => Socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendJsonAsync(JsonObject json) => SendAsync(json.ToJsonString());

    /// <summary>Receives the next message; a binary one is inflated (zlib) and URL-decoded, as the SDK does.</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await Socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            return "(closed)";
        }

        if (result.MessageType == WebSocketMessageType.Text)
        {
            return Encoding.UTF8.GetString(message.ToArray());
        }

        message.Position = 0;
        using var inflater = new ZLibStream(message, CompressionMode.Decompress);
        using var reader = new StreamReader(inflater, Encoding.ASCII);
        return Uri.UnescapeDataString(await reader.ReadToEndAsync());
    }

    public async Task<JsonObject> ReceiveJsonAsync() => (JsonObject)JsonNode.Parse(await ReceiveAsync())!;

    public async ValueTask DisposeAsync()
    {
        if (Socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Timeout);
            try
            {
                await Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (WebSocketException)
            {
                // The fake dropped it already.
            }
        }

        Socket.Dispose();
    }
}

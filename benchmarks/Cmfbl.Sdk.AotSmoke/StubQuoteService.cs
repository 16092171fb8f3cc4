using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

/// <summary>
/// Plays the quote service (<c>/apiQuote/quote?token=…</c>) for one connection of <see cref="LoopbackWebSocketServer"/>:
/// answers the ticker subscription (14000) with its snapshot (14001) and one live <c>p(…)</c> push, answers any other
/// request (heartbeat 14008, cancellation 14006) with <c>ret</c> 200, and completes the close handshake the client starts.
/// </summary>
internal static class StubQuoteService
{
    /// <summary>The snapshot's last price of BTC (product 1, cross-margin contract).</summary>
    public const decimal SnapshotPrice = 65000.50m;

    /// <summary>The live push's last price.</summary>
    public const decimal LivePrice = 65010.35m;

    /// <summary>The live push's best bid.</summary>
    public const decimal LiveBid = 65010.10m;

    private const int MaxMessageBytes = 16 * 1024;

    /// <summary>
    /// Accepts one connection on <paramref name="server"/> and serves it until the client closes it.
    /// </summary>
    /// <param name="server">The listening server.</param>
    /// <param name="expectedTarget">The path and query the client must open (with its token); anything else is closed with a policy violation.</param>
    /// <param name="cancellationToken">The deadline of the whole conversation.</param>
    /// <returns>The close status the client sent.</returns>
    public static async Task<WebSocketCloseStatus?> ServeOneAsync(LoopbackWebSocketServer server, string expectedTarget, CancellationToken cancellationToken)
    {
        var upgrade = await server.AcceptAsync(cancellationToken);
        using var socket = upgrade.Socket;
        if (!string.Equals(upgrade.Target, expectedTarget, StringComparison.Ordinal))
        {
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "unexpected path or token", cancellationToken);
            throw new InvalidOperationException("The quote stream opened another path, or sent another token, than the application configured.");
        }

        var buffer = new byte[MaxMessageBytes];
        while (true)
        {
            var (type, length) = await ReceiveMessageAsync(socket, buffer, cancellationToken);
            if (type == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", cancellationToken);
                return socket.CloseStatus;
            }

            using var request = JsonDocument.Parse(buffer.AsMemory(0, length));
            var root = request.RootElement;
            var cmd = root.GetProperty("cmd_id").GetInt32();
            var seq = root.GetProperty("seq_id").GetInt64();
            var ext = root.GetProperty("ext").GetString() ?? "";
            if (cmd == 14000)
            {
                var symbol = root.GetProperty("data").GetProperty("symbol_list")[0];
                var symbolId = symbol.GetProperty("symbol_id").GetInt64();
                var tradeType = symbol.GetProperty("trade_type").GetInt32();
                await SendTextAsync(socket, Reply(cmd + 1, seq, ext, TickSnapshot(symbolId, tradeType)), cancellationToken);
                await SendTextAsync(socket, string.Create(CultureInfo.InvariantCulture, $"p({symbolId},{tradeType},1,1002,1700000001000,{LivePrice},{LiveBid},65010.60,0.42,1.30);"), cancellationToken);
            }
            else
            {
                await SendTextAsync(socket, Reply(cmd + 1, seq, ext, data: null), cancellationToken);
            }
        }
    }

    /// <summary>The 14001 data the service documents: one product's tick with its one-level book and day statistics (prices as strings).</summary>
    private static string TickSnapshot(long symbolId, int tradeType) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"tick_list":[{"symbol_id":{{symbolId}},"trade_type":{{tradeType}},"trade_mode":1,"seq":1001,"tick_time":1700000000000,"price_digits":2,
          "price":"{{SnapshotPrice}}","tick_deep":[{"price_bid":"65000.25","price_ask":"65000.75","volume_bid":"0.80","volume_ask":"1.10"}],
          "open_price":"64210.00","close_price":"65000.50","high_price":"65120.00","low_price":"64050.25","yesterday_close_price":"64200.00"}]}
        """);

    /// <summary>The answer envelope: <c>{ret, msg, cmd_id, seq_id, ext, data}</c> with <c>ret</c> 200.</summary>
    private static string Reply(int cmd, long seq, string ext, string? data) =>
        $$"""{"ret":200,"msg":"ok","cmd_id":{{cmd}},"seq_id":{{seq}},"ext":"{{JsonEncodedText.Encode(ext)}}","data":{{data ?? "{}"}}}""";

    private static Task SendTextAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>Receives one whole message (its frames joined) into <paramref name="buffer"/>.</summary>
    private static async Task<(WebSocketMessageType Type, int Length)> ReceiveMessageAsync(WebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                throw new InvalidDataException($"A message from the client is longer than {buffer.Length} bytes.");
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            length += result.Count;
            if (result.EndOfMessage || result.MessageType == WebSocketMessageType.Close)
            {
                return (result.MessageType, length);
            }
        }
    }
}

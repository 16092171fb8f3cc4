using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>
/// The quote WebSocket (<c>/apiQuote/quote?token=…</c>, <c>/apiQuote/quote_guest</c>, <c>/apiQuote/quote_stock?token=…</c>):
/// subscriptions 14000/14010/14016 (each replaces the previous one) answered with snapshots, cancel 14006, heartbeat
/// 14008, K-lines 14012/14014 answered zlib-compressed and URL-encoded. A product the fake has no quote for is refused
/// with <c>ret</c> 202. A subscription or cancellation taken by <see cref="StreamHub.TakeIgnored"/> is neither applied
/// nor answered.
/// </summary>
internal static class QuoteEndpoint
{
    public static async Task HandleAsync(StreamHub hub, HttpContext context, string path)
    {
        var guest = path == "/apiQuote/quote_guest";
        if (!guest && path is not ("/apiQuote/quote" or "/apiQuote/quote_stock"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var token = context.Request.Query["token"].ToString();
        if (hub.TakeRefusal(FakeStreamChannel.Quotes)
            || (!guest && (string.IsNullOrEmpty(token) || hub.Backend.Tokens.Find(token, TokenKind.Client) is null)))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await hub.RunAsync(context, FakeStreamChannel.Quotes, opened: null, (socket, text) => AnswerAsync(hub, socket, text)).ConfigureAwait(false);
    }

    private static async Task AnswerAsync(StreamHub hub, FakeSocket socket, string text)
    {
        JsonObject request;
        try
        {
            request = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            await socket.SendTextAsync(Reply(0, 0, null, 202, "request header param invalid", null).ToJsonString(), hub.Stopping).ConfigureAwait(false);
            return;
        }

        var cmd = (int?)request["cmd_id"] ?? 0;
        var seq = (long?)request["seq_id"] ?? 0;
        var ext = (string?)request["ext"];
        var data = request["data"] as JsonObject ?? [];
        if (cmd is (14000 or 14010 or 14016 or 14006) && hub.TakeIgnored(FakeStreamChannel.Quotes))
        {
            return;
        }

        switch (cmd)
        {
            case 14000:
            case 14010:
            case 14016:
                await SubscribeAsync(hub, socket, cmd, seq, ext, data).ConfigureAwait(false);
                break;
            case 14006:
                socket.Quotes.Cancel((int?)data["cancel_type"] ?? 0);
                await socket.SendTextAsync(Reply(cmd + 1, seq, ext, 200, "ok", null).ToJsonString(), hub.Stopping).ConfigureAwait(false);
                break;
            case 14008:
                await socket.SendTextAsync(Reply(cmd + 1, seq, ext, 200, "ok", null).ToJsonString(), hub.Stopping).ConfigureAwait(false);
                break;
            case 14012:
                await SendCompressedAsync(hub, socket, Kline(hub, cmd, seq, ext, data)).ConfigureAwait(false);
                break;
            case 14014:
                await SendCompressedAsync(hub, socket, KlineBatch(hub, cmd, seq, ext, data)).ConfigureAwait(false);
                break;
            default:
                await socket.SendTextAsync(Reply(cmd + 1, seq, ext, 201, "request header param invalid: unknown cmd_id", null).ToJsonString(), hub.Stopping).ConfigureAwait(false);
                break;
        }
    }

    private static async Task SubscribeAsync(StreamHub hub, FakeSocket socket, int cmd, long seq, string? ext, JsonObject data)
    {
        var symbols = new List<(long, int)>();
        foreach (var item in data["symbol_list"] as JsonArray ?? [])
        {
            symbols.Add(((long?)item?["symbol_id"] ?? 0, (int?)item?["trade_type"] ?? 0));
        }

        var unknown = symbols.FindAll(s => hub.Market.Find(s) is null);
        if (symbols.Count > 100 || unknown.Count > 0)
        {
            var why = symbols.Count > 100 ? "more than 100 products" : $"unknown symbol_id {unknown[0].Item1} (trade type {unknown[0].Item2})";
            await socket.SendTextAsync(Reply(cmd + 1, seq, ext, 202, "request data param invalid: " + why, null).ToJsonString(), hub.Stopping).ConfigureAwait(false);
            return;
        }

        var kind = cmd switch { 14000 => 1, 14010 => 2, _ => 3 };
        socket.Quotes.Replace(kind, symbols);

        // The snapshot is read under the socket's send lock: a change pushed meanwhile is either already in it or sent after it.
        await socket.SendTextAsync(() => Reply(cmd + 1, seq, ext, 200, "ok", new JsonObject { ["tick_list"] = Snapshot(hub, kind, symbols) }).ToJsonString(), hub.Stopping).ConfigureAwait(false);
    }

    private static JsonArray Snapshot(StreamHub hub, int kind, List<(long, int)> symbols)
    {
        var snapshot = new JsonArray();
        foreach (var symbol in symbols)
        {
            var quote = hub.Market.Find(symbol)!;
            snapshot.Add(kind switch
            {
                1 => QuoteFormat.TickSnapshot(quote),
                2 => QuoteFormat.MarketSnapshot(quote),
                _ => QuoteFormat.RollingSnapshot(quote),
            });
        }

        return snapshot;
    }

    private static JsonObject Kline(StreamHub hub, int cmd, long seq, string? ext, JsonObject data) =>
        KlineData(hub, data) is { } series ? Reply(cmd + 1, seq, ext, 200, "ok", series) : Reply(cmd + 1, seq, ext, 202, "request data param invalid: unknown symbol_id", null);

    private static JsonObject KlineBatch(StreamHub hub, int cmd, long seq, string? ext, JsonObject data)
    {
        var list = new JsonArray();
        foreach (var item in data["data_list"] as JsonArray ?? [])
        {
            if (item is JsonObject query && KlineData(hub, query) is { } series)
            {
                list.Add(series);
            }
        }

        return Reply(cmd + 1, seq, ext, 200, "ok", new JsonObject { ["data_list"] = list });
    }

    private static JsonObject? KlineData(StreamHub hub, JsonObject query)
    {
        var symbol = ((long?)query["symbol_id"] ?? 0, (int?)query["trade_type"] ?? 0);
        var count = Math.Clamp((int?)query["query_kline_num"] ?? 0, 0, 1000);
        return hub.Market.Find(symbol) is { } quote
            ? QuoteFormat.Klines(quote, (int?)query["kline_type"] ?? 1, count, hub.Time.GetUtcNow())
            : null;
    }

    /// <summary>As the service sends K-lines: the answer's JSON, URL-encoded, zlib-compressed, in a binary frame.</summary>
    private static async Task SendCompressedAsync(StreamHub hub, FakeSocket socket, JsonObject reply)
    {
        var encoded = Encoding.ASCII.GetBytes(Uri.EscapeDataString(reply.ToJsonString()));
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(encoded);
        }

        await socket.SendAsync(compressed.ToArray(), WebSocketMessageType.Binary, hub.Stopping).ConfigureAwait(false);
    }

    private static JsonObject Reply(int cmd, long seq, string? ext, int ret, string msg, JsonObject? data) => new()
    {
        ["ret"] = ret,
        ["msg"] = msg,
        ["cmd_id"] = cmd,
        ["seq_id"] = seq,
        ["ext"] = ext,
        ["data"] = data ?? [],
    };
}

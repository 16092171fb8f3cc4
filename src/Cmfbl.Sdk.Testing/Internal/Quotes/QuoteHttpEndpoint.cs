using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Streams;

namespace Cmfbl.Sdk.Testing.Internal.Quotes;

/// <summary>
/// The quote service's HTTP endpoints (<c>GET /openapi-b/quote-b-api/…</c> and <c>/quote-stock-b-api/…</c>, REFERENCE
/// 4.1): the <c>token</c> query parameter (any non-empty quote token), <c>{trace, data}</c> as the URL-encoded JSON
/// <c>query</c> parameter (the body for <c>batch-kline</c>), answered <c>{ret, msg, trace, data}</c> from the fake's
/// market (<see cref="FakeMarket"/>): products by code (<c>BTCUSDT</c>, <c>ETHUSDT</c>, <c>EURUSD</c>). The fake quotes
/// no stocks, so a stock code is unknown (<c>ret</c> 400).
/// </summary>
internal sealed class QuoteHttpEndpoint(FakeMarketBook market)
{
    private static readonly string[] Prefixes = ["/openapi-b/quote-b-api/", "/openapi-b/quote-stock-b-api/"];

    public static bool Matches(string path) => Prefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    public Reply Answer(string method, string path, string queryString, string body)
    {
        var query = HttpUtility.ParseQueryString(queryString);
        var endpoint = path[(path.LastIndexOf('/') + 1)..];
        var batch = endpoint == "batch-kline";
        var request = Parse(batch ? body : query["query"]);
        var trace = request?["trace"]?.GetValueKind() == JsonValueKind.String ? request["trace"]!.GetValue<string>() : null;
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return Answer(405, "method not allowed", trace, null);
        }

        if (string.IsNullOrWhiteSpace(query["token"]))
        {
            return Answer(401, "token invalid", trace, null);
        }

        if (request?["data"] is not JsonObject data || trace is null)
        {
            return Answer(400, "query invalid: {trace, data} expected", trace, null);
        }

        try
        {
            return endpoint switch
            {
                "depth-tick" => Answer(200, "ok", trace, Ticks(data, Depth)),
                "trade-tick" => Answer(200, "ok", trace, Ticks(data, Trade)),
                "kline" => Answer(200, "ok", trace, KLines(data)),
                "batch-kline" => Answer(200, "ok", trace, KLines(data["data_list"]?.AsArray().FirstOrDefault() as JsonObject ?? [])),
                _ => Answer(404, "not found", trace, null),
            };
        }
        catch (KeyNotFoundException unknown)
        {
            return Answer(400, unknown.Message, trace, null);
        }
    }

    private static Reply Answer(int ret, string msg, string? trace, JsonNode? data) => new()
    {
        Body = new JsonObject { ["ret"] = ret, ["msg"] = msg, ["trace"] = trace, ["data"] = data ?? new JsonObject() }.ToJsonString(),
        ResultCode = ret.ToString(CultureInfo.InvariantCulture),
    };

    private JsonObject Ticks(JsonObject data, Func<string, FakeQuote, JsonObject> tick)
    {
        var ticks = new JsonArray();
        foreach (var symbol in data["symbol_list"]?.AsArray() ?? [])
        {
            var code = symbol?["code"]?.GetValue<string>() ?? string.Empty;
            ticks.Add(tick(code, Find(code)));
        }

        return new JsonObject { ["tick_list"] = ticks };
    }

    private static JsonObject Depth(string code, FakeQuote quote) => new()
    {
        ["code"] = code,
        ["seq"] = Text(quote.Seq),
        ["tick_time"] = Text(quote.TickTime),
        ["bids"] = new JsonArray(new JsonObject { ["price"] = Text(quote.Bid), ["volume"] = "1" }),
        ["asks"] = new JsonArray(new JsonObject { ["price"] = Text(quote.Ask), ["volume"] = "1" }),
    };

    private static JsonObject Trade(string code, FakeQuote quote) => new()
    {
        ["code"] = code,
        ["seq"] = Text(quote.Seq),
        ["tick_time"] = Text(quote.TickTime),
        ["price"] = Text(quote.Price),
        ["volume"] = "0",
        ["turnover"] = "0",
        ["trade_direction"] = 0,
    };

    /// <summary>One K-line per query (the fake keeps no history): open at the first price seen, close at the last.</summary>
    private JsonObject KLines(JsonObject data)
    {
        var code = data["code"]?.GetValue<string>() ?? string.Empty;
        var quote = Find(code);
        var bars = new JsonArray();
        if ((data["query_kline_num"]?.GetValue<int>() ?? 1) > 0)
        {
            bars.Add(new JsonObject
            {
                ["timestamp"] = Text(quote.TickTime / 1000),
                ["open_price"] = Text(quote.First),
                ["close_price"] = Text(quote.Price),
                ["high_price"] = Text(quote.High),
                ["low_price"] = Text(quote.Low),
                ["volume"] = "0",
                ["turnover"] = "0",
            });
        }

        return new JsonObject { ["code"] = code, ["kline_type"] = data["kline_type"]?.GetValue<int>() ?? 1, ["kline_list"] = bars };
    }

    private FakeQuote Find(string code) =>
        ProductCatalog.Products.FirstOrDefault(p => p.Code == code) is { } product && (market.Find((product.Id, 1)) ?? market.Find((product.Id, 5))) is { } quote
            ? quote
            : throw new KeyNotFoundException($"unknown code {code}");

    private static JsonObject? Parse(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Cmfbl.Sdk.Tests.Http.Fuzz.AnswerExpectation;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>
/// The answers the fuzzer sends for one operation, built from REFERENCE §2.1–2.3 and from JSON itself: the code's
/// forms, ok/fail against the code, data of every kind, each field of the data spoilt, the answer cut at every byte,
/// invalid UTF-8, a BOM, empty and HTML bodies, duplicate keys, deep nesting, HTTP statuses with and without an
/// envelope, content types, and odd Retry-After values. Deterministic for a seed.
/// </summary>
public static class AnswerCases
{
    private const string ErrorBizType = "tradeapi.app.OrderApiService.queryTradeRecordPage";

    /// <summary>Values that replace <c>data</c>, or one field of it: every JSON kind, numbers the vendor's Java may print, and non-JSON.</summary>
    private static readonly string[] OddValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0", "\"\"", "\"x\"", "\" 1\"", "{}", "[]", "[1]", "[null]", "{\"a\":1}",
        "\"{\\\"id\\\":1}\"", "\"[1,2]\"", "\"" + ErrorBizType + "\"",
        "1e400", "-1e400", "1e3", "1E+2", "2.5e-3", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "\"9223372036854775808\"", "\"1\"", "\"1e3\"", "\"1.0\"", "\"NaN\"", "\"Infinity\"", "NaN", "Infinity",
        "\"\\ud800\"", "\"\\u0000\"", "\"86021976\"", "86021976", "\"2026-11-30\"", "\"true\"", "\"0\"", "\"2\"", "2", "3",
    ];

    private static readonly HttpStatusCode[] Statuses =
        [HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound,
         (HttpStatusCode)418, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError, HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable];

    private static readonly string[] RetryAfterValues =
    [
        "0", "1", "-1", "abc", "1.5", "", "2147483647", "2147483648", "99999999999999999999", "Thu, 01 Jan 1970 00:00:00 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 2024 00:00:00 GMT", "0x10", " 5 ",
    ];

    private static readonly string[] RateLimitResetValues = ["NaN", "Infinity", "-5", "1e308", "4294967296", "abc", "0.001"];

    private static readonly string[] Html = ["<html><body>Request blocked</body></html>", "<!DOCTYPE html><html><head><title>403 Forbidden</title></head></html>"];

    /// <summary>Gets every answer for <paramref name="target"/>, in a fixed order; <paramref name="seed"/> places the invalid UTF-8.</summary>
    public static IEnumerable<AnswerCase> For(AnswerTarget target, int seed)
    {
        var random = new Random(seed);
        var valid = Envelope(target.Data);
        return Code(target)
            .Concat(OkFail(target))
            .Concat(Data(target))
            .Concat(Fields(target))
            .Concat(Truncated(valid))
            .Concat(InvalidUtf8(valid, random))
            .Concat(Bodies(target, valid))
            .Concat(Duplicates(target))
            .Concat(Nesting(target))
            .Concat(StatusesAndEnvelopes(target, valid))
            .Concat(ContentTypes(valid))
            .Concat(Throttling(target));
    }

    /// <summary>A gateway envelope; a null part is left out.</summary>
    public static string Envelope(string? data, string? code = "\"0\"", string? ok = "true", string? fail = "false", string? msg = "\"Success\"", string? bizCode = "\"\"")
    {
        var parts = new List<string>();
        Add("msg", msg);
        Add("fail", fail);
        parts.Add("\"trace\":\"t-fuzz\"");
        Add("code", code);
        Add("data", data);
        Add("bizCode", bizCode);
        parts.Add("\"tm\":3");
        parts.Add("\"msgParams\":null");
        Add("ok", ok);
        return "{" + string.Join(",", parts) + "}";

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"\"{name}\":{value}");
            }
        }
    }

    private static IEnumerable<AnswerCase> Code(AnswerTarget target)
    {
        yield return Json("code", "\"0\" (as documented)", Envelope(target.Data), Value);
        yield return Json("code", "0 as a number", Envelope(target.Data, code: "0"), Value);
        foreach (var code in new[] { "null", "\" 0\"", "\"0 \"", "\"\"", "\"00\"", "0.0", "-0", "false", "{}", "[\"0\"]", "\"GATEWAY_CODE_011\"", "\"E00003\"", "\"CUSTOMER_API_0000003\"", "500", "\"F999999\"" })
        {
            yield return Json("code", $"code {code}", Envelope(target.Data, code: code), Either);
        }

        yield return Json("code", "code missing", Envelope(target.Data, code: null), Throw);
        yield return Json("code", "code null", Envelope(target.Data, code: "null"), Throw);
    }

    private static IEnumerable<AnswerCase> OkFail(AnswerTarget target)
    {
        // The success test is code == "0" (REFERENCE §2.1): ok/fail that say otherwise do not decide.
        yield return Json("ok/fail", "code 0, ok false, fail true", Envelope(target.Data, ok: "false", fail: "true"), Value);
        yield return Json("ok/fail", "code 0, ok and fail missing", Envelope(target.Data, ok: null, fail: null), Value);
        yield return Json("ok/fail", "code 0, ok \"false\"", Envelope(target.Data, ok: "\"false\"", fail: "\"true\""), Value);
        yield return Json("ok/fail", "code E00003, ok true, fail false", Envelope(target.Data, code: "\"E00003\"", ok: "true", fail: "false"), Throw);
        yield return Json("ok/fail", "code E00003 with the bizType as data, ok true", Envelope("\"" + ErrorBizType + "\"", code: "\"E00003\"", bizCode: "\"O\""), Throw);
        yield return Json("ok/fail", "code GATEWAY_CODE_902, ok true", Envelope(target.Data, code: "\"GATEWAY_CODE_902\"", bizCode: "\"G\""), Throw);
    }

    private static IEnumerable<AnswerCase> Data(AnswerTarget target)
    {
        yield return Json("data", "data missing", Envelope(null), Either);
        foreach (var value in OddValues)
        {
            yield return Json("data", $"data {value}", Envelope(value), value == target.Data ? Value : Either);
        }
    }

    /// <summary>Each field of an object (or of the objects in an array) replaced by each odd value, one at a time.</summary>
    private static IEnumerable<AnswerCase> Fields(AnswerTarget target)
    {
        var root = JsonNode.Parse(target.Data);
        if (root is not (JsonObject or JsonArray))
        {
            yield break;
        }

        foreach (var path in Leaves(root, "$"))
        {
            foreach (var value in OddValues)
            {
                var copy = JsonNode.Parse(target.Data)!;
                var (parent, key) = Find(copy, path);
                var marker = JsonValue.Create("__FUZZ__");
                if (parent is JsonObject obj)
                {
                    obj[(string)key] = marker;
                }
                else
                {
                    ((JsonArray)parent)[(int)key] = marker;
                }

                var data = copy.ToJsonString().Replace("\"__FUZZ__\"", value, StringComparison.Ordinal);
                yield return Json("field", $"{path} = {value}", Envelope(data), Either);
            }
        }
    }

    private static IEnumerable<AnswerCase> Truncated(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        for (var length = 0; length < bytes.Length; length++)
        {
            yield return new("truncated", $"cut at {length} of {bytes.Length}", HttpStatusCode.OK, bytes[..length], Throw);
        }
    }

    private static IEnumerable<AnswerCase> InvalidUtf8(string valid, Random random)
    {
        byte[][] bad = [[0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xE2, 0x82]];
        var bytes = Encoding.UTF8.GetBytes(valid);
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == '"').ToArray();
        foreach (var insert in bad)
        {
            for (var n = 0; n < 6; n++)
            {
                var at = quotes[random.Next(quotes.Length)] + 1;
                yield return new("utf8", $"{Convert.ToHexString(insert)} at {at}", HttpStatusCode.OK, [.. bytes[..at], .. insert, .. bytes[at..]], Either);
            }

            // Between tokens, outside any string: never JSON.
            var comma = Array.IndexOf(bytes, (byte)',');
            yield return new("utf8", $"{Convert.ToHexString(insert)} between tokens", HttpStatusCode.OK, [.. bytes[..comma], .. insert, .. bytes[comma..]], Throw);
        }
    }

    private static IEnumerable<AnswerCase> Bodies(AnswerTarget target, string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        yield return new("body", "BOM + valid answer", HttpStatusCode.OK, [.. Encoding.UTF8.GetPreamble(), .. bytes], Value);
        yield return new("body", "two BOMs + valid answer", HttpStatusCode.OK, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetPreamble(), .. bytes], Either);
        yield return new("body", "whitespace around a valid answer", HttpStatusCode.OK, Encoding.UTF8.GetBytes(" \r\n\t" + valid + "\r\n "), Value);
        yield return new("body", "UTF-16 valid answer", HttpStatusCode.OK, Encoding.Unicode.GetBytes(valid), Either);
        yield return new("body", "empty", HttpStatusCode.OK, [], Throw);
        yield return new("body", "whitespace", HttpStatusCode.OK, "  \r\n"u8.ToArray(), Throw);
        yield return new("body", "a JSON null", HttpStatusCode.OK, "null"u8.ToArray(), Throw);
        yield return new("body", "a JSON array of the answer", HttpStatusCode.OK, Encoding.UTF8.GetBytes("[" + valid + "]"), Throw);
        yield return new("body", "the data alone", HttpStatusCode.OK, Encoding.UTF8.GetBytes(target.Data), Throw);
        yield return new("body", "two answers", HttpStatusCode.OK, Encoding.UTF8.GetBytes(valid + valid), Either);
        yield return new("body", "answer then garbage", HttpStatusCode.OK, Encoding.UTF8.GetBytes(valid + "x"), Either);
        yield return new("body", "a NUL byte", HttpStatusCode.OK, [0], Throw);
        yield return new("body", "Open API page envelope {code,message,data}", HttpStatusCode.OK, Encoding.UTF8.GetBytes($$"""{"code":"0","message":"ok","data":{{target.Data}}}"""), Either);
        yield return new("body", "quote envelope {ret,msg,data}", HttpStatusCode.OK, Encoding.UTF8.GetBytes($$"""{"ret":200,"msg":"ok","data":{{target.Data}}}"""), Throw);
        foreach (var html in Html)
        {
            foreach (var status in new[] { HttpStatusCode.OK, HttpStatusCode.Forbidden })
            {
                yield return new("body", "HTML " + html[..12], status, Encoding.UTF8.GetBytes(html), Throw) { ContentType = "text/html" };
            }
        }
    }

    private static IEnumerable<AnswerCase> Duplicates(AnswerTarget target)
    {
        var inner = Envelope(target.Data)[1..];
        yield return Json("duplicate", "error code first, \"0\" last", "{\"code\":\"E00003\"," + inner, Throw);
        yield return Json("duplicate", "\"0\" first, error code last", Envelope(target.Data)[..^1] + ",\"code\":\"E00003\"}", Throw);
        yield return Json("duplicate", "data null first", "{\"data\":null," + inner, Throw);
        yield return Json("duplicate", "data null last", Envelope(target.Data)[..^1] + ",\"data\":null}", Throw);
        yield return Json("duplicate", "data twice, odd value first", "{\"data\":{\"x\":[1,2]}," + inner, Throw);
        yield return Json("duplicate", "ok and fail twice", "{\"ok\":false,\"fail\":true," + inner, Value);
        if (target.Data.StartsWith('{'))
        {
            var dataInner = target.Data[1..];
            yield return Json("duplicate", "duplicate field in data", Envelope("{\"id\":999," + dataInner), Either);
            yield return Json("duplicate", "duplicate field in data, same value", Envelope(target.Data[..^1] + "," + target.Data[1..]), Either);
        }
    }

    private static IEnumerable<AnswerCase> Nesting(AnswerTarget target)
    {
        foreach (var depth in new[] { 63, 64, 65, 1000, 100_000 })
        {
            var arrays = new string('[', depth) + "1" + new string(']', depth);
            var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            yield return Json("nesting", $"data: {depth} nested arrays", Envelope(arrays), Either);
            yield return Json("nesting", $"data: {depth} nested objects", Envelope(objects), Either);
            yield return Json("nesting", $"unknown field: {depth} nested arrays", Envelope(target.Data)[..^1] + ",\"extra\":" + arrays + "}", Either);
            yield return Json("nesting", $"body: {depth} nested arrays", arrays, Throw);
        }
    }

    private static IEnumerable<AnswerCase> StatusesAndEnvelopes(AnswerTarget target, string valid)
    {
        var error = Envelope("\"" + ErrorBizType + "\"", code: "\"E00003\"", ok: "false", fail: "true", msg: "\"System error\"", bizCode: "\"O\"");
        foreach (var status in Statuses)
        {
            var ok = status == HttpStatusCode.OK;
            yield return Json("status", "success envelope", valid, ok ? Value : Throw, status);
            yield return Json("status", "error envelope", error, Throw, status);
            yield return Json("status", "gateway busy envelope", Envelope("null", code: "\"GATEWAY_CODE_018\"", ok: "false", fail: "true", bizCode: "\"G\""), Throw, status);
            yield return new("status", "no body", status, [], Throw);
            yield return new("status", "plain text", status, Encoding.UTF8.GetBytes(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + status), Throw) { ContentType = "text/plain" };
            yield return Json("status", "JSON without an envelope", $$"""{"timestamp":1700000000000,"status":{{(int)status}},"error":"x","path":"/{{target.BizType}}"}""", Throw, status);
        }
    }

    private static IEnumerable<AnswerCase> ContentTypes(string valid)
    {
        var bytes = Encoding.UTF8.GetBytes(valid);
        foreach (var type in new[] { null, "text/html", "text/plain; charset=gbk", "application/octet-stream", "application/json; charset=utf-16", "nonsense", "application/json; charset=\"" })
        {
            yield return new("content-type", type ?? "(none)", HttpStatusCode.OK, bytes, Value) { ContentType = type };
        }
    }

    private static IEnumerable<AnswerCase> Throttling(AnswerTarget target)
    {
        var busy = Encoding.UTF8.GetBytes(Envelope("null", code: "\"GATEWAY_CODE_018\"", ok: "false", fail: "true", bizCode: "\"G\""));
        foreach (var status in new[] { HttpStatusCode.TooManyRequests, (HttpStatusCode)418, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK })
        {
            foreach (var value in RetryAfterValues)
            {
                yield return new("throttling", $"Retry-After '{value}'", status, status == HttpStatusCode.OK ? busy : [], Throw) { Headers = [("Retry-After", value)] };
            }

            foreach (var value in RateLimitResetValues)
            {
                yield return new("throttling", $"x-ratelimit-reset '{value}'", status, status == HttpStatusCode.OK ? busy : [], Throw)
                {
                    Headers = [("x-ratelimit-reset", value), ("x-ratelimit-remaining", value)],
                };
            }
        }

        yield return new("throttling", "Retry-After on a success", HttpStatusCode.OK, Encoding.UTF8.GetBytes(Envelope(target.Data)), Value) { Headers = [("Retry-After", "-1")] };
    }

    private static AnswerCase Json(string family, string what, string json, AnswerExpectation expect, HttpStatusCode status = HttpStatusCode.OK) =>
        new(family, what, status, Encoding.UTF8.GetBytes(json), expect);

    private static IEnumerable<string> Leaves(JsonNode node, string path) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is JsonObject or JsonArray ? Leaves(p.Value, $"{path}.{p.Key}").Prepend($"{path}.{p.Key}") : [$"{path}.{p.Key}"]),
        JsonArray array => array.SelectMany((item, i) => item is JsonObject or JsonArray ? Leaves(item, $"{path}[{i}]").Prepend($"{path}[{i}]") : [$"{path}[{i}]"]),
        _ => [],
    };

    private static (JsonNode Parent, object Key) Find(JsonNode root, string path)
    {
        // Paths are $.a.b[1].c: walk all steps but the last.
        var steps = path[1..].Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = step.StartsWith('[') ? node[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;
        }

        var last = steps[^1];
        return last.StartsWith('[') ? (node, int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)) : (node, last);
    }
}

using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Turns a queued fault or canned response into the answer the gateway (or the proxy in front of it) would send.</summary>
internal static class FaultReplies
{
    private const string RateLimitPerMinute = "300";

    public static Reply For(FaultRule rule, string? trace, string bizType, TimeSpan retryAfter)
    {
        if (rule.Response is { } response)
        {
            var body = response.RenderBody(trace, bizType);
            return new Reply
            {
                StatusCode = response.StatusCode,
                Body = body,
                ContentType = response.ContentType,
                Headers = response.Headers,
                ResultCode = EnvelopeCode(body),
            };
        }

        var fault = rule.Fault!.Value;
        return fault switch
        {
            FakeFault.TooManyRequests429 => TooManyRequests(trace, bizType, retryAfter),
            FakeFault.RequestTooFast => Error(Errors.TooFast, trace, bizType, fault),
            FakeFault.LoginExpired => Error(Errors.LoginExpired, trace, bizType, fault),
            FakeFault.ServiceTimeout => Error(Errors.ServiceTimeout, trace, bizType, fault),
            FakeFault.ServerError500 => new Reply { StatusCode = 500, ContentType = null, Fault = fault },
            FakeFault.BadGateway502 => Html(502, "Bad Gateway", fault),
            FakeFault.ServiceUnavailable503 => Html(503, "Service Temporarily Unavailable", fault),
            FakeFault.GatewayTimeout504 => Html(504, "Gateway Time-out", fault),
            FakeFault.EmptyBody => new Reply { StatusCode = 200, Fault = fault },
            FakeFault.MalformedJson => new Reply
            {
                StatusCode = 200,
                Body = "{\"code\":\"0\",\"msg\":\"Success\",\"bizCode\":\"\",\"tm\":3,\"data\":{\"id\":",
                Fault = fault,
            },
            _ => new Reply { Abort = true, Fault = fault },
        };
    }

    private static Reply TooManyRequests(string? trace, string bizType, TimeSpan retryAfter)
    {
        var seconds = ((long)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var envelope = Envelope.Error(Errors.TooFast, trace, bizType, 0);
        return new Reply
        {
            StatusCode = 429,
            Body = envelope.ToJsonString(),
            ResultCode = Errors.TooFast.Code,
            Fault = FakeFault.TooManyRequests429,
            Headers = new Dictionary<string, string>
            {
                ["Retry-After"] = seconds,
                ["x-ratelimit-limit"] = RateLimitPerMinute,
                ["x-ratelimit-remaining"] = "0",
                ["x-ratelimit-reset"] = seconds,
            },
        };
    }

    private static Reply Error(FakeError error, string? trace, string bizType, FakeFault fault) => new()
    {
        Body = Envelope.Error(error, trace, bizType, 0).ToJsonString(),
        ResultCode = error.Code,
        Fault = fault,
    };

    private static Reply Html(int status, string reason, FakeFault fault) => new()
    {
        StatusCode = status,
        ContentType = "text/html",
        Body = $"<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
        Fault = fault,
    };

    private static string? EnvelopeCode(string body)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body) is System.Text.Json.Nodes.JsonObject envelope
                && envelope["code"] is System.Text.Json.Nodes.JsonValue code
                && code.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? code.GetValue<string>()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

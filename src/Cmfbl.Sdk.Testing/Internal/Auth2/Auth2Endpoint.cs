using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Auth2;

/// <summary>
/// The Auth2 API (<c>POST /cats-gateway-auth2/auth2/…</c>, REFERENCE 1.9), with the gateway envelope and the
/// <c>company</c> header: <c>code</c> issues a single-use authorization code to a logged-in customer (a Client API
/// token in the <c>token</c> header) for the fake's app id; <c>token</c> exchanges it, with the fake's app id and secret
/// (<see cref="CmfblFakeServerOptions.AppId"/>, <see cref="CmfblFakeServerOptions.AppSecret"/>), for an access and a
/// refresh token; <c>user</c> reads the customer an access token stands for; <c>refresh</c> replaces both tokens and
/// retires the old ones.
/// </summary>
internal sealed class Auth2Endpoint(FakeBackend backend)
{
    public const string Prefix = "/cats-gateway-auth2/auth2/";

    private static readonly FakeError CodeInvalid = new("AUTH2_0001", "Authorization code invalid or used", "A");
    private static readonly FakeError AppInvalid = new("AUTH2_0002", "Application id or secret invalid", "A");
    private static readonly FakeError TokenInvalid = new("AUTH2_0003", "Access token invalid or expired", "A");

    private readonly object _gate = new();
    private readonly Dictionary<string, long> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long CustomerId, string AccessToken)> _refreshTokens = new(StringComparer.Ordinal);

    public static bool Matches(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    public Reply Answer(string method, string path, IReadOnlyDictionary<string, string> headers, string body)
    {
        var started = Stopwatch.GetTimestamp();
        headers.TryGetValue(HeaderNames.Trace, out var trace);
        var name = path[Prefix.Length..];
        var (data, error) = !string.Equals(method, "POST", StringComparison.OrdinalIgnoreCase) ? (null, Errors.MethodNotSupported)
            : string.IsNullOrEmpty(trace) ? (null, Errors.TraceMissing)
            : !headers.TryGetValue("company", out var company) || company != backend.Settings.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture) ? (null, Errors.CompanyIdMissing)
            : Parse(body) is not { } json ? (null, Errors.IllegalParameters)
            : Handle(name, json, headers);
        var tm = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return Reply.FromEnvelope(error is null ? Envelope.Success(data, trace, tm) : Envelope.Error(error, trace, "auth2/" + name, tm), error == Errors.InterfaceNotFound ? 404 : 200);
    }

    private (JsonNode? Data, FakeError? Error) Handle(string name, JsonObject body, IReadOnlyDictionary<string, string> headers)
    {
        lock (_gate)
        {
            switch (name)
            {
                case "code":
                    if (!headers.TryGetValue(HeaderNames.Token, out var token) || backend.Tokens.Find(token.Trim(), TokenKind.Client) is not { CustomerId: { } customerId })
                    {
                        return (null, Errors.LoginExpired);
                    }

                    if (Text(body, "appId") != backend.Settings.AppId || Text(body, "thirdAppType") is null)
                    {
                        return (null, AppInvalid);
                    }

                    var code = Guid.NewGuid().ToString();
                    _codes[code] = customerId;
                    return (code, null);
                case "token":
                    if (Text(body, "appId") != backend.Settings.AppId || Text(body, "appSecret") != backend.Settings.AppSecret)
                    {
                        return (null, AppInvalid);
                    }

                    // A code works once: it is removed whether or not the rest succeeds.
                    return Text(body, "code") is { } used && _codes.Remove(used, out var owner) ? (Issue(owner), null) : (null, CodeInvalid);
                case "user":
                    return Text(body, "accessToken") is { } access && _accessTokens.TryGetValue(access, out var holder) && backend.Customers.FindById(holder) is { } customer
                        ? (User(customer), null)
                        : (null, TokenInvalid);
                case "refresh":
                    if (Text(body, "refreshToken") is not { } refresh || !_refreshTokens.Remove(refresh, out var pair))
                    {
                        return (null, TokenInvalid);
                    }

                    _accessTokens.Remove(pair.AccessToken);
                    return (Issue(pair.CustomerId), null);
                default:
                    return (null, Errors.InterfaceNotFound);
            }
        }
    }

    private JsonObject Issue(long customerId)
    {
        var access = Guid.NewGuid().ToString();
        var refresh = Guid.NewGuid().ToString();
        _accessTokens[access] = customerId;
        _refreshTokens[refresh] = (customerId, access);
        return new JsonObject { ["accessToken"] = access, ["refreshToken"] = refresh };
    }

    private static JsonObject User(FakeCustomer customer) => new()
    {
        ["thirdUserId"] = string.Empty,
        ["accountId"] = customer.Accounts.Count > 0 ? customer.Accounts[0].AccountId : 0,
        ["thirdLoginSource"] = string.Empty,
        ["customerNo"] = customer.CustomerNo,
        ["email"] = customer.Email,
    };

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

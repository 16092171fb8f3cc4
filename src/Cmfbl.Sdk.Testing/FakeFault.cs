namespace Cmfbl.Sdk.Testing;

/// <summary>
/// A failure the fake server can answer with instead of the real result, in the wire shape the vendor's gateway uses.
/// Queue one with <see cref="FakeFaults.FailNext(FakeFault, int, string?)"/>.
/// </summary>
public enum FakeFault
{
    /// <summary>
    /// HTTP 429 with <c>Retry-After</c>, <c>x-ratelimit-limit</c>, <c>x-ratelimit-remaining</c> (0) and
    /// <c>x-ratelimit-reset</c> headers (both in seconds, from <see cref="FakeFaults.RetryAfter"/>) and a
    /// <c>GATEWAY_CODE_018</c> envelope as the body.
    /// </summary>
    TooManyRequests429,

    /// <summary>HTTP 200 with the <c>GATEWAY_CODE_018</c> "request frequency too fast" envelope.</summary>
    RequestTooFast,

    /// <summary>
    /// HTTP 200 with the <c>GATEWAY_CODE_005</c> "login expired" envelope; the token the request carried (if any) is
    /// revoked, so the caller must authenticate or log in again.
    /// </summary>
    LoginExpired,

    /// <summary>HTTP 200 with the <c>GATEWAY_CODE_902</c> "service time out" envelope.</summary>
    ServiceTimeout,

    /// <summary>HTTP 500 with an empty body.</summary>
    ServerError500,

    /// <summary>HTTP 502 with an HTML body (as a reverse proxy sends it).</summary>
    BadGateway502,

    /// <summary>HTTP 503 with an HTML body (as a reverse proxy sends it).</summary>
    ServiceUnavailable503,

    /// <summary>HTTP 504 with an HTML body (as a reverse proxy sends it).</summary>
    GatewayTimeout504,

    /// <summary>HTTP 200 with an empty body.</summary>
    EmptyBody,

    /// <summary>HTTP 200, <c>Content-Type: application/json</c>, with a truncated JSON envelope.</summary>
    MalformedJson,

    /// <summary>The connection is aborted without any response; the client sees a transport error.</summary>
    ConnectionReset,

    /// <summary>
    /// The request is carried out as usual (an order placed, a balance moved, an <c>idempotency-key</c> answer cached),
    /// then the connection is aborted instead of sending the answer: the client sees a transport error although the
    /// write happened. The journal records the operation's own <c>code</c> with status 0.
    /// </summary>
    AnswerLost,
}

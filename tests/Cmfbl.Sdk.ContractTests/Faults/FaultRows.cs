using Cmfbl.Sdk.Errors;
using static Cmfbl.Sdk.ContractTests.Faults.FaultOutcome;

namespace Cmfbl.Sdk.ContractTests.Faults;

/// <summary>
/// The fault matrix of docs/resilience.md as data: one row per fault, with the outcome of a read and of an unsafe
/// write. A read is retried (3 retries, so 4 requests) when the fault is transient; an unsafe write is never sent twice,
/// and only answers that prove it did not run (429, 418, 503, GATEWAY_CODE_018, login expired) say so: after a 500, a
/// 502, GATEWAY_CODE_902 or an answer that cannot be read its outcome is unknown. A write with the caller's
/// idempotency key is retried like a read, with that key on every attempt, and still ends "outcome unknown" when an
/// attempt may have run (the gateway answers a repeated key from its cache, but the SDK did not see an answer).
/// </summary>
public static class FaultRows
{
    public static IReadOnlyList<FaultRow> All { get; } =
    [
        new("reset", "connection reset (TCP RST) after the request; fixture middleware",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("empty", "connection closed without a byte of response; fixture middleware",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("malformed-chunk", "HTTP 200 with a chunked body whose chunk is not one, then closed; fixture middleware",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("random-data", "bytes that are not HTTP, then closed; fixture middleware",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("delay", "the answer comes after 3 s (the attempt time-out is 1 s)",
            Read: Throws<CmfblServiceUnavailableException>(4, 15), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 15)),
        new("http-429", "HTTP 429 with Retry-After: 1",
            Read: Throws<CmfblRateLimitException>(4, 15), UnsafeWrite: Throws<CmfblRateLimitException>(1, 5), KeyedWrite: Throws<CmfblRateLimitException>(4, 15)),
        new("http-418", "HTTP 418 (key banned) with x-ratelimit-reset: 300",
            Read: Throws<CmfblRateLimitException>(1, 5), UnsafeWrite: Throws<CmfblRateLimitException>(1, 5), KeyedWrite: Throws<CmfblRateLimitException>(1, 5)),
        new("http-500", "HTTP 500 with an HTML page",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("http-502", "HTTP 502 with an HTML page",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("http-503", "HTTP 503 with an HTML page",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblServiceUnavailableException>(1, 5), KeyedWrite: Throws<CmfblServiceUnavailableException>(4, 10)),
        new("html-page", "HTTP 200 with an HTML page",
            Read: Throws<CmfblProtocolException>(1, 5), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("no-envelope", "HTTP 200 with JSON that is not an envelope",
            Read: Throws<CmfblProtocolException>(1, 5), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("gateway-018", "GATEWAY_CODE_018 (too fast)",
            Read: Throws<CmfblRateLimitException>(4, 10), UnsafeWrite: Throws<CmfblRateLimitException>(1, 5), KeyedWrite: Throws<CmfblRateLimitException>(4, 10)),
        new("gateway-902", "GATEWAY_CODE_902 (service time-out)",
            Read: Throws<CmfblServiceUnavailableException>(4, 10), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("empty-body", "HTTP 200 with an empty body (WireMock.Net's EMPTY_RESPONSE)",
            Read: Throws<CmfblProtocolException>(1, 5), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        new("truncated-body", "HTTP 200 with half an envelope, then random bytes (WireMock.Net's MALFORMED_RESPONSE_CHUNK)",
            Read: Throws<CmfblProtocolException>(1, 5), UnsafeWrite: Throws<CmfblOutcomeUnknownException>(1, 5), KeyedWrite: Throws<CmfblOutcomeUnknownException>(4, 10)),
        // Login expired: the gateway refused before the write ran, so the SDK renews the Manager token and replays once.
        // The keyed write is a customer's, in a session opened from a token: it has no password to log in again with.
        new("gateway-005", "GATEWAY_CODE_005 (login expired) to every token",
            Read: Throws<CmfblAuthenticationException>(2, 5), UnsafeWrite: Throws<CmfblAuthenticationException>(2, 5), KeyedWrite: Throws<CmfblAuthenticationException>(1, 5)),
    ];

    public static FaultRow Get(string name) => All.Single(r => r.Name == name);
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>What the gateway caches an answer under (REFERENCE §5): the <c>idempotency-key</c> header with the bizType, <c>version</c>, <c>group</c> and <c>companyId</c>.</summary>
internal sealed record IdempotencyKey(string Key, string BizType, string Version, string Group, string CompanyId)
{
    /// <summary>The key of a Client API call that carries an <c>idempotency-key</c>, or null.</summary>
    public static IdempotencyKey? From(Route route, IReadOnlyDictionary<string, string> headers) =>
        route.Family is RouteFamily.ClientGlobal or RouteFamily.ClientLogin
        && headers.TryGetValue(HeaderNames.IdempotencyKey, out var key)
        && !string.IsNullOrWhiteSpace(key)
            ? new IdempotencyKey(key.Trim(), route.BizType, Header(headers, HeaderNames.Version), Header(headers, HeaderNames.Group), Header(headers, HeaderNames.CompanyId))
            : null;

    private static string Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var value) ? value.Trim() : string.Empty;
}

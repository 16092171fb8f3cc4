namespace Cmfbl.Sdk.Tests.TestSupport;

/// <summary>A request as the stub received it: headers flattened, body as text.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string[]> Headers, string Body)
{
    public string BizType => Path[(Path.LastIndexOf('/') + 1)..];

    /// <summary>Gets the query string as sent, with its <c>?</c> (empty when there is none).</summary>
    public string Query { get; init; } = string.Empty;

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } values
            ? string.Join(",", values)
            : null;

    public int HeaderCount(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Sum(h => h.Value.Length);
}

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>A request as it reached the server: method, path, headers (names case-insensitive) and body text.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

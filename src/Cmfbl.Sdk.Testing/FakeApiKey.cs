using Cmfbl.Sdk.Testing.Internal;

namespace Cmfbl.Sdk.Testing;

/// <summary>An Open API key the fake issued, as a test sees it (the private key was handed out once, by <c>applyApi</c>).</summary>
public sealed record FakeApiKey
{
    /// <summary>Gets the key's id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the API key.</summary>
    public required string ApiKey { get; init; }

    /// <summary>Gets the owner's customer number.</summary>
    public required string CustomerNo { get; init; }

    /// <summary>Gets the key's tag.</summary>
    public required string Tag { get; init; }

    /// <summary>Gets the permission codes switched on.</summary>
    public required IReadOnlyList<string> EnabledPermissions { get; init; }

    /// <summary>Gets the bound IP addresses, comma-separated, if any.</summary>
    public string? WhiteIps { get; init; }

    /// <summary>Gets when the key expires, or <see langword="null"/> when it does not (bound to IP addresses).</summary>
    public DateTimeOffset? ExpiredTime { get; init; }

    internal static FakeApiKey From(ApiKeyRecord key) => new()
    {
        Id = key.Id,
        ApiKey = key.ApiKey,
        CustomerNo = key.CustomerNo,
        Tag = key.Tag,
        EnabledPermissions = key.Permissions.Where(p => p.Value == 1).Select(p => p.Key).OrderBy(p => p, StringComparer.Ordinal).ToArray(),
        WhiteIps = key.WhiteIps,
        ExpiredTime = key.ExpiredTime,
    };
}

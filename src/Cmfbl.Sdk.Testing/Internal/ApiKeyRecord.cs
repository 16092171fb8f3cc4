namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>One API key the fake issued: who owns it, its public key (the private one is handed out once), permissions, binding, expiry.</summary>
internal sealed record ApiKeyRecord
{
    public required long Id { get; init; }

    public required string ApiKey { get; init; }

    public required long CustomerId { get; init; }

    public required string CustomerNo { get; init; }

    public required long CustomerGroupId { get; init; }

    public required string Tag { get; init; }

    public required string PublicKey { get; init; }

    public required string SecretKeyMd5 { get; init; }

    public required IReadOnlyDictionary<string, int> Permissions { get; init; }

    public string? WhiteIps { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required DateTimeOffset UpdateTime { get; init; }

    public DateTimeOffset? ExpiredTime { get; init; }

}

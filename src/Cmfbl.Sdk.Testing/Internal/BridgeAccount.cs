namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A customer's exchange account on the fake Bridge.</summary>
internal sealed record BridgeAccount
{
    public required long CustomerId { get; init; }

    public required string CustomerNo { get; init; }

    public required string ExchangeCode { get; init; }

    public required string AccountType { get; init; }

    public required string AccountName { get; init; }

    public required string ApiKey { get; init; }

    public IReadOnlyDictionary<string, decimal> Balances { get; init; } = new Dictionary<string, decimal>(StringComparer.Ordinal);
}

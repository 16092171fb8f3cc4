namespace Cmfbl.Sdk.Testing;

/// <summary>A trading account of a <see cref="FakeCustomer"/>. On the wire its amounts are decimal strings.</summary>
public sealed record FakeAccount
{
    /// <summary>Gets the account id (<c>accountId</c>).</summary>
    public required long AccountId { get; init; }

    /// <summary>Gets the owning customer's id (<c>customerId</c>).</summary>
    public required long CustomerId { get; init; }

    /// <summary>Gets the owning customer's number (<c>customerNo</c>).</summary>
    public required string CustomerNo { get; init; }

    /// <summary>Gets the trade type (<c>tradeType</c>): 1 contract cross, 5 spot, …</summary>
    public required int TradeType { get; init; }

    /// <summary>Gets the account currency (<c>currency</c>), e.g. <c>USDT</c>.</summary>
    public required string Currency { get; init; }

    /// <summary>Gets the asset id of the currency (<c>assetsId</c>).</summary>
    public required long AssetsId { get; init; }

    /// <summary>Gets the number of decimal places of the currency (<c>digits</c>).</summary>
    public required int Digits { get; init; }

    /// <summary>Gets the balance (<c>balance</c>, <c>equity</c>, <c>netAssets</c>).</summary>
    public decimal Balance { get; init; }

    /// <summary>Gets the frozen amount (<c>frozen</c>, <c>lockAmount</c>); <c>available</c> is balance minus frozen.</summary>
    public decimal Frozen { get; init; }

    /// <summary>Gets when the account was opened (<c>createTime</c>).</summary>
    public required DateTimeOffset CreateTime { get; init; }
}

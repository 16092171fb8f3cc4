using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Models;

/// <summary>
/// One trading account of a customer: a balance in one currency for one <see cref="Models.TradeType"/>
/// (the vendor's <c>QueryAccountVo</c>). Returned by the Manager API's
/// <c>customer.admin.CustomerAdminApiService.queryAccountList</c> and inside <see cref="CustomerProfile.AccountList"/>.
/// </summary>
/// <remarks>
/// Amounts arrive as decimal strings (<c>"47.319290"</c>) and are read as <see cref="decimal"/> in the account's
/// <see cref="Currency"/>, with the scale the service sent (see <see cref="Digits"/>). Times are Unix milliseconds read
/// as UTC; the vendor's <c>0</c> for "never" reads as <see langword="null"/>.
/// </remarks>
public sealed record TradingAccount
{
    /// <summary>Gets the account's unique id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; init; }

    /// <summary>Gets the id of the customer who owns the account (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }

    /// <summary>Gets the customer number of the owner (<c>customerNo</c>, e.g. <c>"86000188"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; init; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; init; }

    /// <summary>Gets the trading mode the account belongs to (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; init; }

    /// <summary>Gets the account currency, an asset code such as <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Gets the number of decimal places the account's amounts are kept to (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; init; }

    /// <summary>Gets the id of the account currency in the company's asset list (<c>assetsId</c>).</summary>
    [JsonPropertyName("assetsId")]
    public long? AssetsId { get; init; }

    /// <summary>Gets who the account belongs to: 1 user, 2 merchant, 3 platform (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public AccountOwnerType? OwnerType { get; init; }

    /// <summary>Gets whether the account can be used: 1 unavailable, 2 available (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public AccountStatus? Status { get; init; }

    /// <summary>Gets the activation state: 1 unavailable (not activated), 2 available (<c>activateStatus</c>).</summary>
    [JsonPropertyName("activateStatus")]
    public AccountStatus? ActivateStatus { get; init; }

    /// <summary>Gets when the account was activated, UTC (<c>activateTime</c>, Unix ms).</summary>
    [JsonPropertyName("activateTime")]
    public DateTimeOffset? ActivateTime { get; init; }

    /// <summary>Gets when the account was opened, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; init; }

    /// <summary>Gets whether the account is open (<c>openAccountStatus</c>).</summary>
    [JsonPropertyName("openAccountStatus")]
    public bool? OpenAccountStatus { get; init; }

    /// <summary>Gets the balance (<c>balance</c>); the vendor says to use this field as "the balance".</summary>
    [JsonPropertyName("balance")]
    public decimal? Balance { get; init; }

    /// <summary>Gets the available amount (<c>available</c>).</summary>
    [JsonPropertyName("available")]
    public decimal? Available { get; init; }

    /// <summary>Gets the amount that can still be borrowed (<c>availableLoan</c>; leverage accounts).</summary>
    [JsonPropertyName("availableLoan")]
    public decimal? AvailableLoan { get; init; }

    /// <summary>Gets the equity, "net worth" (<c>equity</c>).</summary>
    [JsonPropertyName("equity")]
    public decimal? Equity { get; init; }

    /// <summary>Gets the net assets (<c>netAssets</c>).</summary>
    [JsonPropertyName("netAssets")]
    public decimal? NetAssets { get; init; }

    /// <summary>Gets the frozen amount (<c>frozen</c>).</summary>
    [JsonPropertyName("frozen")]
    public decimal? Frozen { get; init; }

    /// <summary>Gets the locked amount (<c>lockAmount</c>).</summary>
    [JsonPropertyName("lockAmount")]
    public decimal? LockAmount { get; init; }

    /// <summary>Gets the frozen margin (<c>lockMargin</c>).</summary>
    [JsonPropertyName("lockMargin")]
    public decimal? LockMargin { get; init; }

    /// <summary>Gets the margin in use right now (<c>margin</c>).</summary>
    [JsonPropertyName("margin")]
    public decimal? Margin { get; init; }

    /// <summary>Gets the margin available right now (<c>freeMargin</c>).</summary>
    [JsonPropertyName("freeMargin")]
    public decimal? FreeMargin { get; init; }

    /// <summary>Gets the margin ratio, as the service sends it (<c>marginRadio</c>, the vendor's spelling).</summary>
    [JsonPropertyName("marginRadio")]
    public decimal? MarginRatio { get; init; }

    /// <summary>Gets the floating profit and loss right now (<c>profit</c>).</summary>
    [JsonPropertyName("profit")]
    public decimal? Profit { get; init; }

    /// <summary>Gets the interest (<c>interest</c>).</summary>
    [JsonPropertyName("interest")]
    public decimal? Interest { get; init; }

    /// <summary>Gets the daily interest rate (<c>interestProportion</c>), as the service sends it.</summary>
    [JsonPropertyName("interestProportion")]
    public decimal? InterestProportion { get; init; }

    /// <summary>Gets the total liabilities (<c>liabilities</c>).</summary>
    [JsonPropertyName("liabilities")]
    public decimal? Liabilities { get; init; }

    /// <summary>Gets the principal part of the liabilities (<c>liabilitiesPrincipal</c>).</summary>
    [JsonPropertyName("liabilitiesPrincipal")]
    public decimal? LiabilitiesPrincipal { get; init; }

    /// <summary>Gets the frozen collateral (<c>collateralFrozen</c>).</summary>
    [JsonPropertyName("collateralFrozen")]
    public decimal? CollateralFrozen { get; init; }

    /// <summary>Gets the amount that cannot be withdrawn (<c>notWithdrawAmount</c>; the vendor's schema calls it "available frozen amount").</summary>
    [JsonPropertyName("notWithdrawAmount")]
    public decimal? NotWithdrawAmount { get; init; }

    /// <summary>Gets the amount that can be withdrawn (<c>withdrawAmount</c>).</summary>
    [JsonPropertyName("withdrawAmount")]
    public decimal? WithdrawAmount { get; init; }

    /// <summary>Gets, for a cross-margin account, the balance in the current account currency (<c>wholeWarehouseBalance</c>).</summary>
    [JsonPropertyName("wholeWarehouseBalance")]
    public decimal? WholeWarehouseBalance { get; init; }

    /// <summary>Gets, for a cross-margin account, the exchange rate of the current account currency (<c>wholeWarehouseRate</c>).</summary>
    [JsonPropertyName("wholeWarehouseRate")]
    public decimal? WholeWarehouseRate { get; init; }

    /// <summary>Gets when the first deposit was made, UTC (<c>firstDepositTime</c>, Unix ms); <see langword="null"/> if never.</summary>
    [JsonPropertyName("firstDepositTime")]
    public DateTimeOffset? FirstDepositTime { get; init; }

    /// <summary>Gets when the first withdrawal was made, UTC (<c>firstWithdrawTime</c>, Unix ms); <see langword="null"/> if never.</summary>
    [JsonPropertyName("firstWithdrawTime")]
    public DateTimeOffset? FirstWithdrawTime { get; init; }

    /// <summary>Gets the remark on the account (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }
}

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
    public long? AccountId { get; set; }

    /// <summary>Gets the id of the customer who owns the account (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; set; }

    /// <summary>Gets the customer number of the owner (<c>customerNo</c>, e.g. <c>"86000188"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the trading mode the account belongs to (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets the account currency, an asset code such as <c>"USDT"</c> (<c>currency</c>).</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; set; }

    /// <summary>Gets the number of decimal places the account's amounts are kept to (<c>digits</c>).</summary>
    [JsonPropertyName("digits")]
    public int? Digits { get; set; }

    /// <summary>Gets the id of the account currency in the company's asset list (<c>assetsId</c>).</summary>
    [JsonPropertyName("assetsId")]
    public long? AssetsId { get; set; }

    /// <summary>Gets who the account belongs to: 1 user, 2 merchant, 3 platform (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public AccountOwnerType? OwnerType { get; set; }

    /// <summary>Gets whether the account can be used: 1 unavailable, 2 available (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public AccountStatus? Status { get; set; }

    /// <summary>Gets the activation state: 1 unavailable (not activated), 2 available (<c>activateStatus</c>).</summary>
    [JsonPropertyName("activateStatus")]
    public AccountStatus? ActivateStatus { get; set; }

    /// <summary>Gets when the account was activated, UTC (<c>activateTime</c>, Unix ms).</summary>
    [JsonPropertyName("activateTime")]
    public DateTimeOffset? ActivateTime { get; set; }

    /// <summary>Gets when the account was opened, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets whether the account is open (<c>openAccountStatus</c>).</summary>
    [JsonPropertyName("openAccountStatus")]
    public bool? OpenAccountStatus { get; set; }

    /// <summary>Gets the balance (<c>balance</c>); the vendor says to use this field as "the balance".</summary>
    [JsonPropertyName("balance")]
    public decimal? Balance { get; set; }

    /// <summary>Gets the available amount (<c>available</c>).</summary>
    [JsonPropertyName("available")]
    public decimal? Available { get; set; }

    /// <summary>Gets the amount that can still be borrowed (<c>availableLoan</c>; leverage accounts).</summary>
    [JsonPropertyName("availableLoan")]
    public decimal? AvailableLoan { get; set; }

    /// <summary>Gets the equity, "net worth" (<c>equity</c>).</summary>
    [JsonPropertyName("equity")]
    public decimal? Equity { get; set; }

    /// <summary>Gets the net assets (<c>netAssets</c>).</summary>
    [JsonPropertyName("netAssets")]
    public decimal? NetAssets { get; set; }

    /// <summary>Gets the frozen amount (<c>frozen</c>).</summary>
    [JsonPropertyName("frozen")]
    public decimal? Frozen { get; set; }

    /// <summary>Gets the locked amount (<c>lockAmount</c>).</summary>
    [JsonPropertyName("lockAmount")]
    public decimal? LockAmount { get; set; }

    /// <summary>Gets the frozen margin (<c>lockMargin</c>).</summary>
    [JsonPropertyName("lockMargin")]
    public decimal? LockMargin { get; set; }

    /// <summary>Gets the margin in use right now (<c>margin</c>).</summary>
    [JsonPropertyName("margin")]
    public decimal? Margin { get; set; }

    /// <summary>Gets the margin available right now (<c>freeMargin</c>).</summary>
    [JsonPropertyName("freeMargin")]
    public decimal? FreeMargin { get; set; }

    /// <summary>Gets the margin ratio, as the service sends it (<c>marginRadio</c>, the vendor's spelling).</summary>
    [JsonPropertyName("marginRadio")]
    public decimal? MarginRatio { get; set; }

    /// <summary>Gets the floating profit and loss right now (<c>profit</c>).</summary>
    [JsonPropertyName("profit")]
    public decimal? Profit { get; set; }

    /// <summary>Gets the interest (<c>interest</c>).</summary>
    [JsonPropertyName("interest")]
    public decimal? Interest { get; set; }

    /// <summary>Gets the daily interest rate (<c>interestProportion</c>), as the service sends it.</summary>
    [JsonPropertyName("interestProportion")]
    public decimal? InterestProportion { get; set; }

    /// <summary>Gets the total liabilities (<c>liabilities</c>).</summary>
    [JsonPropertyName("liabilities")]
    public decimal? Liabilities { get; set; }

    /// <summary>Gets the principal part of the liabilities (<c>liabilitiesPrincipal</c>).</summary>
    [JsonPropertyName("liabilitiesPrincipal")]
    public decimal? LiabilitiesPrincipal { get; set; }

    /// <summary>Gets the frozen collateral (<c>collateralFrozen</c>).</summary>
    [JsonPropertyName("collateralFrozen")]
    public decimal? CollateralFrozen { get; set; }

    /// <summary>Gets the amount that cannot be withdrawn (<c>notWithdrawAmount</c>; the vendor's schema calls it "available frozen amount").</summary>
    [JsonPropertyName("notWithdrawAmount")]
    public decimal? NotWithdrawAmount { get; set; }

    /// <summary>Gets the amount that can be withdrawn (<c>withdrawAmount</c>).</summary>
    [JsonPropertyName("withdrawAmount")]
    public decimal? WithdrawAmount { get; set; }

    /// <summary>Gets, for a cross-margin account, the balance in the current account currency (<c>wholeWarehouseBalance</c>).</summary>
    [JsonPropertyName("wholeWarehouseBalance")]
    public decimal? WholeWarehouseBalance { get; set; }

    /// <summary>Gets, for a cross-margin account, the exchange rate of the current account currency (<c>wholeWarehouseRate</c>).</summary>
    [JsonPropertyName("wholeWarehouseRate")]
    public decimal? WholeWarehouseRate { get; set; }

    /// <summary>Gets when the first deposit was made, UTC (<c>firstDepositTime</c>, Unix ms); <see langword="null"/> if never.</summary>
    [JsonPropertyName("firstDepositTime")]
    public DateTimeOffset? FirstDepositTime { get; set; }

    /// <summary>Gets when the first withdrawal was made, UTC (<c>firstWithdrawTime</c>, Unix ms); <see langword="null"/> if never.</summary>
    [JsonPropertyName("firstWithdrawTime")]
    public DateTimeOffset? FirstWithdrawTime { get; set; }

    /// <summary>Gets the remark on the account (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>
    /// Gets the id of the last order placed on the account (<c>lastOrderId</c>; sent as text, <c>"0"</c> before the
    /// first order). The vendor does not document it; the Client API's <c>queryCustomerAssetsInfo</c> example shows it.
    /// </summary>
    [JsonPropertyName("lastOrderId")]
    public long? LastOrderId { get; set; }

    /// <summary>
    /// Gets the account's weight, as the service sends it (<c>weight</c>; presumably the share of the balance that
    /// counts as collateral). The vendor does not document it; the Client API's <c>queryCustomerAssetsInfo</c> example
    /// shows it (as <see langword="null"/>).
    /// </summary>
    [JsonPropertyName("weight")]
    public decimal? Weight { get; set; }
}

using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A withdrawal proposal, as the Manager data push sends it with <c>withdraw</c>.</summary>
public sealed record WithdrawEventData
{
    /// <summary>Gets or sets the row id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets or sets the proposal number (<c>proposalNo</c>).</summary>
    [JsonPropertyName("proposalNo")]
    public string? ProposalNo { get; set; }

    /// <summary>Gets or sets the company id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets or sets the customer number (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets or sets the country code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the trading account id (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the account currency (<c>accountCurrency</c>).</summary>
    [JsonPropertyName("accountCurrency")]
    public string? AccountCurrency { get; set; }

    /// <summary>Gets or sets the currency paid out (one the payment channel supports) (<c>withdrawCurrency</c>).</summary>
    [JsonPropertyName("withdrawCurrency")]
    public string? WithdrawCurrency { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the proposal amount (<c>amount</c>).</summary>
    [JsonPropertyName("amount")]
    public decimal? Amount { get; set; }

    /// <summary>Gets or sets the original amount (<c>rawAmount</c>).</summary>
    [JsonPropertyName("rawAmount")]
    public decimal? RawAmount { get; set; }

    /// <summary>Gets or sets the withdrawal exchange rate (<c>rate</c>).</summary>
    [JsonPropertyName("rate")]
    public decimal? Rate { get; set; }

    /// <summary>Gets or sets the withdrawal fee (<c>withdrawFee</c>).</summary>
    [JsonPropertyName("withdrawFee")]
    public decimal? WithdrawFee { get; set; }

    /// <summary>Gets or sets the final amount paid out (<c>finalAmount</c>).</summary>
    [JsonPropertyName("finalAmount")]
    public decimal? FinalAmount { get; set; }

    /// <summary>Gets or sets the proposal status: 1 waiting for approval, 2 approved, 3 rejected (<c>checkStatus</c>).</summary>
    [JsonPropertyName("checkStatus")]
    public int? CheckStatus { get; set; }

    /// <summary>Gets or sets the transfer status: 1 pending, 2 transferred, 3 failed (<c>transferStatus</c>).</summary>
    [JsonPropertyName("transferStatus")]
    public int? TransferStatus { get; set; }

    /// <summary>Gets or sets the withdrawal type: 1 to a bank card, 2 to a crypto wallet (<c>withdrawType</c>).</summary>
    [JsonPropertyName("withdrawType")]
    public int? WithdrawType { get; set; }

    /// <summary>Gets or sets the crypto payout status: 1 pending, 2 paid, 3 failed, 4 submission failed (<c>withdrawCoinStatus</c>).</summary>
    [JsonPropertyName("withdrawCoinStatus")]
    public int? WithdrawCoinStatus { get; set; }

    /// <summary>Gets or sets the method: <c>bank</c>, <c>digit_wallet</c>, <c>skrill_wallet</c> or <c>wire</c> (<c>withdrawMethod</c>).</summary>
    [JsonPropertyName("withdrawMethod")]
    public string? WithdrawMethod { get; set; }

    /// <summary>Gets or sets the blockchain (transfer network), for crypto payouts (<c>blockchainName</c>).</summary>
    [JsonPropertyName("blockchainName")]
    public string? BlockchainName { get; set; }

    /// <summary>Gets or sets the blockchain transaction id (<c>txid</c>).</summary>
    [JsonPropertyName("txid")]
    public string? TxId { get; set; }

    /// <summary>Gets or sets the bank name (<c>bankName</c>).</summary>
    [JsonPropertyName("bankName")]
    public string? BankName { get; set; }

    /// <summary>Gets or sets the bank card number (<c>bankCardNo</c>).</summary>
    [JsonPropertyName("bankCardNo")]
    public string? BankCardNo { get; set; }

    /// <summary>Gets or sets the bank card holder (<c>bankAccountName</c>).</summary>
    [JsonPropertyName("bankAccountName")]
    public string? BankAccountName { get; set; }

    /// <summary>Gets or sets who approved it (<c>checkBy</c>).</summary>
    [JsonPropertyName("checkBy")]
    public string? CheckBy { get; set; }

    /// <summary>Gets or sets the remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>Gets or sets the third party's answer (<c>thirdMessage</c>).</summary>
    [JsonPropertyName("thirdMessage")]
    public string? ThirdMessage { get; set; }

    /// <summary>Gets or sets whether the amount can be withdrawn (<c>withdraw</c>).</summary>
    [JsonPropertyName("withdraw")]
    public bool? Withdraw { get; set; }

    /// <summary>Gets or sets the row version (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets or sets who applied (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

    /// <summary>Gets or sets when it was applied for (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets who last updated it (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets or sets when it was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}

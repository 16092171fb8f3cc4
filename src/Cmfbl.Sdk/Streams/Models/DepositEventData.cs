using Cmfbl.Sdk.Models;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Streams.Models;

/// <summary>A deposit proposal, as the Manager data push sends it with <c>deposit</c>.</summary>
public sealed record DepositEventData
{
    /// <summary>Gets or sets the proposal record id (<c>id</c>).</summary>
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

    /// <summary>Gets or sets the customer's country code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets or sets the account credited (<c>accountId</c>).</summary>
    [JsonPropertyName("accountId")]
    public long? AccountId { get; set; }

    /// <summary>Gets or sets the trading mode (<c>tradeType</c>).</summary>
    [JsonPropertyName("tradeType")]
    public TradeType? TradeType { get; set; }

    /// <summary>Gets or sets the account currency deposited to (<c>depositCurrency</c>).</summary>
    [JsonPropertyName("depositCurrency")]
    public string? DepositCurrency { get; set; }

    /// <summary>Gets or sets the currency paid in (one the payment channel supports) (<c>paymentCurrency</c>).</summary>
    [JsonPropertyName("paymentCurrency")]
    public string? PaymentCurrency { get; set; }

    /// <summary>Gets or sets the proposal amount (what the platform receives) (<c>intendAmount</c>).</summary>
    [JsonPropertyName("intendAmount")]
    public decimal? IntendAmount { get; set; }

    /// <summary>Gets or sets the final amount (<c>finalAmount</c>).</summary>
    [JsonPropertyName("finalAmount")]
    public decimal? FinalAmount { get; set; }

    /// <summary>Gets or sets the amount actually credited (<c>actualAmount</c>).</summary>
    [JsonPropertyName("actualAmount")]
    public decimal? ActualAmount { get; set; }

    /// <summary>Gets or sets the deposit fee (<c>depositFee</c>).</summary>
    [JsonPropertyName("depositFee")]
    public decimal? DepositFee { get; set; }

    /// <summary>Gets or sets the amount the payment channel notified (<c>fromPaymentAmount</c>).</summary>
    [JsonPropertyName("fromPaymentAmount")]
    public decimal? FromPaymentAmount { get; set; }

    /// <summary>Gets or sets the amount sent to the payment channel (<c>toPaymentAmount</c>).</summary>
    [JsonPropertyName("toPaymentAmount")]
    public decimal? ToPaymentAmount { get; set; }

    /// <summary>Gets or sets the exchange rate the payment channel used (<c>toPaymentRate</c>).</summary>
    [JsonPropertyName("toPaymentRate")]
    public decimal? ToPaymentRate { get; set; }

    /// <summary>Gets or sets the payment status: 1 pending, 2 paid, 3 failed (<c>paymentStatus</c>).</summary>
    [JsonPropertyName("paymentStatus")]
    public int? PaymentStatus { get; set; }

    /// <summary>Gets or sets the deposit status (<c>depositStatus</c>).</summary>
    [JsonPropertyName("depositStatus")]
    public int? DepositStatus { get; set; }

    /// <summary>Gets or sets the review status (<c>checkStatus</c>).</summary>
    [JsonPropertyName("checkStatus")]
    public int? CheckStatus { get; set; }

    /// <summary>Gets or sets the payment channel code (<c>paymentCode</c>).</summary>
    [JsonPropertyName("paymentCode")]
    public string? PaymentCode { get; set; }

    /// <summary>Gets or sets the payment channel type (<c>paymentType</c>).</summary>
    [JsonPropertyName("paymentType")]
    public string? PaymentType { get; set; }

    /// <summary>Gets or sets the client type: <c>pc</c> or <c>mobile</c> (<c>paymentChannelClientType</c>).</summary>
    [JsonPropertyName("paymentChannelClientType")]
    public string? PaymentChannelClientType { get; set; }

    /// <summary>Gets or sets the terminal the deposit came from (<c>depositFrom</c>).</summary>
    [JsonPropertyName("depositFrom")]
    public string? DepositFrom { get; set; }

    /// <summary>Gets or sets the blockchain, for crypto deposits (<c>blockchainName</c>).</summary>
    [JsonPropertyName("blockchainName")]
    public string? BlockchainName { get; set; }

    /// <summary>Gets or sets whether the payment channel notified (<c>notifyStatus</c>).</summary>
    [JsonPropertyName("notifyStatus")]
    public bool? NotifyStatus { get; set; }

    /// <summary>Gets or sets the maximum number of status queries (<c>queryMaxCount</c>).</summary>
    [JsonPropertyName("queryMaxCount")]
    public int? QueryMaxCount { get; set; }

    /// <summary>Gets or sets the row version (<c>revision</c>).</summary>
    [JsonPropertyName("revision")]
    public int? Revision { get; set; }

    /// <summary>Gets or sets who created the proposal (<c>createBy</c>).</summary>
    [JsonPropertyName("createBy")]
    public string? CreateBy { get; set; }

    /// <summary>Gets or sets when the proposal was created (<c>createTime</c>).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets or sets who last updated the proposal (<c>updateBy</c>).</summary>
    [JsonPropertyName("updateBy")]
    public string? UpdateBy { get; set; }

    /// <summary>Gets or sets when the proposal was last updated (<c>updateTime</c>).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}

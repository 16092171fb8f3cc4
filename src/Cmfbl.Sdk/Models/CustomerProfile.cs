using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>
/// Everything the service says about one customer (the vendor's <c>CustomerAllInfoVO</c> / <c>CustomerVO</c>).
/// Returned by the Manager API's <c>customer.admin.WhiteCustomerAdminApiService.detail</c>, and with the same fields by
/// the Client API's <c>findCustomerInfo</c> and <c>login</c>.
/// </summary>
/// <remarks>
/// Which fields are filled depends on the detail <c>type</c> asked for (see
/// <see cref="ManagerApi.Models.CustomerDetailType"/>); fields the service leaves out are <see langword="null"/>.
/// Times are Unix milliseconds read as UTC, and the vendor's <c>0</c> for "never" reads as <see langword="null"/>.
/// Phone numbers and e-mail addresses may come masked (<c>135******9561</c>) on the Client API.
/// </remarks>
public sealed record CustomerProfile
{
    /// <summary>Gets the customer id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the customer number, the customer's account name (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the id of the customer's group (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets the kind of customer: 0 default, 1 agent, 2 credit, 3 activity settlement (<c>customerType</c>).</summary>
    [JsonPropertyName("customerType")]
    public CustomerType? CustomerType { get; set; }

    /// <summary>Gets the type of the customer's group: 0 real, 1 demo, 2 guest (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public CustomerGroupType? GroupType { get; set; }

    /// <summary>Gets the customer's state: 1 normal, 2 disabled, 3 deleted, 4 closed, 5 locked, 6 closing (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CustomerStatus? Status { get; set; }

    /// <summary>Gets whether the customer is an individual (0) or an enterprise (1) (<c>openAccountType</c>).</summary>
    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; set; }

    /// <summary>Gets where the customer registered, 1 H5 … 9 other (<c>registerSource</c>).</summary>
    [JsonPropertyName("registerSource")]
    public RegisterSource? RegisterSource { get; set; }

    /// <summary>Gets the registration source as a name, e.g. <c>"H5"</c> (<c>source</c>).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Gets when the customer registered, UTC (<c>registerTime</c>, Unix ms).</summary>
    [JsonPropertyName("registerTime")]
    public DateTimeOffset? RegisterTime { get; set; }

    /// <summary>Gets when the customer record was created, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets when the customer last logged in, UTC (<c>loginTime</c>, Unix ms).</summary>
    [JsonPropertyName("loginTime")]
    public DateTimeOffset? LoginTime { get; set; }

    /// <summary>Gets the customer's activation state, as the Client API documents it: 0 not activated, 1 activated (<c>activateStatus</c>).</summary>
    [JsonPropertyName("activateStatus")]
    public int? ActivateStatus { get; set; }

    /// <summary>Gets when the customer was activated, UTC (<c>activateTime</c>, Unix ms).</summary>
    [JsonPropertyName("activateTime")]
    public DateTimeOffset? ActivateTime { get; set; }

    /// <summary>Gets the e-mail address (<c>email</c>; masked on the Client API).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>; masked on the Client API).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    /// <summary>Gets the country, an ISO 3166 alpha-2 code such as <c>"CN"</c> (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets the mailing address (<c>address</c>).</summary>
    [JsonPropertyName("address")]
    public string? Address { get; set; }

    /// <summary>Gets the postal code (<c>postalCode</c>).</summary>
    [JsonPropertyName("postalCode")]
    public string? PostalCode { get; set; }

    /// <summary>Gets the first name (<c>firstName</c>).</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets the last name (<c>lastName</c>).</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets the name as one string (<c>name</c>; the vendor's schemas label it both "Name" and "First name").</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the identity document number (<c>idCard</c>).</summary>
    [JsonPropertyName("idCard")]
    public string? IdCard { get; set; }

    /// <summary>Gets the identity document type (<c>idCardType</c>).</summary>
    [JsonPropertyName("idCardType")]
    public string? IdCardType { get; set; }

    /// <summary>Gets the KYC state: 1 unverified, 2 under review, 3 failed, 4 authenticated, -1 partially verified (<c>kycStatus</c>).</summary>
    [JsonPropertyName("kycStatus")]
    public KycStatus? KycStatus { get; set; }

    /// <summary>Gets the name of the KYC state, e.g. <c>"Not verified"</c> (<c>kycRemark</c>).</summary>
    [JsonPropertyName("kycRemark")]
    public string? KycRemark { get; set; }

    /// <summary>Gets the review state of the registration KYC: 0 not certified, 1 pending, 2 passed, 3 rejected (<c>kycAuditStatus</c>).</summary>
    [JsonPropertyName("kycAuditStatus")]
    public KycAuditStatus? KycAuditStatus { get; set; }

    /// <summary>Gets the review remark of the registration KYC; set when the review was rejected (<c>kycAuditRemark</c>).</summary>
    [JsonPropertyName("kycAuditRemark")]
    public string? KycAuditRemark { get; set; }

    /// <summary>Gets whether the company requires KYC to open an account: 1 yes, 2 no (<c>companyKycStatus</c>).</summary>
    [JsonPropertyName("companyKycStatus")]
    public int? CompanyKycStatus { get; set; }

    /// <summary>Gets the company type: <c>"real"</c> or <c>"demo"</c> (<c>companyType</c>).</summary>
    [JsonPropertyName("companyType")]
    public string? CompanyType { get; set; }

    /// <summary>Gets the id of the associated company (<c>associationCompanyId</c>).</summary>
    [JsonPropertyName("associationCompanyId")]
    public long? AssociationCompanyId { get; set; }

    /// <summary>Gets the id of the associated customer account (<c>relationCustomerId</c>).</summary>
    [JsonPropertyName("relationCustomerId")]
    public long? RelationCustomerId { get; set; }

    /// <summary>Gets the Google MFA binding: greater than 0 means MFA is on, anything else off (<c>googleId</c>).</summary>
    [JsonPropertyName("googleId")]
    public long? GoogleId { get; set; }

    /// <summary>Gets whether API calls need a second verification (<c>apiCheckSwitch</c>).</summary>
    [JsonPropertyName("apiCheckSwitch")]
    public bool? ApiCheckSwitch { get; set; }

    /// <summary>Gets the second verifications API calls need, comma-separated: 1 e-mail, 2 SMS, 3 Google MFA (<c>apiCheckRule</c>, e.g. <c>"1,3"</c>).</summary>
    [JsonPropertyName("apiCheckRule")]
    public string? ApiCheckRule { get; set; }

    /// <summary>Gets whether the customer must set a login password: <c>"1"</c> required, <c>"2"</c> not required (<c>loginPassStatus</c>).</summary>
    [JsonPropertyName("loginPassStatus")]
    public string? LoginPassStatus { get; set; }

    /// <summary>Gets whether the customer must set a fund password: <c>"1"</c> required, <c>"2"</c> not required (<c>assertPassStatus</c>).</summary>
    [JsonPropertyName("assertPassStatus")]
    public string? AssertPassStatus { get; set; }

    /// <summary>Gets whether the customer has a payment password: <c>"1"</c> absent, <c>"2"</c> present (<c>payPassStatus</c>).</summary>
    [JsonPropertyName("payPassStatus")]
    public string? PayPassStatus { get; set; }

    /// <summary>Gets whether the customer may deposit: 1 yes (<c>deposit</c>).</summary>
    [JsonPropertyName("deposit")]
    public int? Deposit { get; set; }

    /// <summary>Gets whether the customer may withdraw: 1 yes (<c>withdraw</c>).</summary>
    [JsonPropertyName("withdraw")]
    public int? Withdraw { get; set; }

    /// <summary>Gets whether the customer is a fund manager: 1 yes, 0 no (<c>isFund</c>).</summary>
    [JsonPropertyName("isFund")]
    public int? IsFund { get; set; }

    /// <summary>Gets the watch-list ("optional") flag: 0 not added, 1 added (<c>optional</c>).</summary>
    [JsonPropertyName("optional")]
    public int? Optional { get; set; }

    /// <summary>Gets the customer's agent marker (<c>customerAgentMark</c>).</summary>
    [JsonPropertyName("customerAgentMark")]
    public string? CustomerAgentMark { get; set; }

    /// <summary>Gets the complete data of the third-party (social) login (<c>thirdIntactMsg</c>).</summary>
    [JsonPropertyName("thirdIntactMsg")]
    public string? ThirdIntactMsg { get; set; }

    /// <summary>Gets the third-party login source, e.g. <c>"google"</c>, <c>"facebook"</c>, <c>"twitter"</c> (<c>thirdLoginSource</c>).</summary>
    [JsonPropertyName("thirdLoginSource")]
    public string? ThirdLoginSource { get; set; }

    /// <summary>Gets the customer's user id at the third-party login source (<c>thirdUserId</c>).</summary>
    [JsonPropertyName("thirdUserId")]
    public string? ThirdUserId { get; set; }

    /// <summary>Gets the caller's own unique id for the customer, as sent at registration (<c>thirdServerCode</c>).</summary>
    [JsonPropertyName("thirdServerCode")]
    public string? ThirdServerCode { get; set; }

    /// <summary>Gets the institution id (<c>unitId</c>).</summary>
    [JsonPropertyName("unitId")]
    public long? UnitId { get; set; }

    /// <summary>Gets the institution name (<c>unitName</c>).</summary>
    [JsonPropertyName("unitName")]
    public string? UnitName { get; set; }

    /// <summary>Gets the advertising source of the registration link (<c>utmSource</c>).</summary>
    [JsonPropertyName("utmSource")]
    public string? UtmSource { get; set; }

    /// <summary>Gets the note on whether the customer has a trading account (<c>accountRemark</c>).</summary>
    [JsonPropertyName("accountRemark")]
    public string? AccountRemark { get; set; }

    /// <summary>
    /// Gets the customer's trading accounts (<c>accountList</c>); never <see langword="null"/>. The service sends an array,
    /// a single account object, or <c>{}</c> for none; all three read as a list, and so does a missing field.
    /// </summary>
    /// <remarks>
    /// The <c>init</c> accessor turns <see langword="null"/> into an empty list: the source-generated deserializer sets
    /// every init-only property, and sets a missing one to <see langword="null"/> (dotnet/runtime#84484).
    /// </remarks>
    [JsonPropertyName("accountList")]
    [JsonConverter(typeof(SingleOrArrayConverter<TradingAccount>))]
    public IReadOnlyList<TradingAccount> AccountList { get; set => field = value ?? []; } = [];

    /// <summary>Gets the early-warning (margin call) level, as the service sends it; its shape is undocumented (<c>earlyWarningLevel</c>).</summary>
    [JsonPropertyName("earlyWarningLevel")]
    public JsonElement? EarlyWarningLevel { get; set; }

    /// <summary>Gets the forced-liquidation level, as the service sends it; its shape is undocumented (<c>forceLevel</c>).</summary>
    [JsonPropertyName("forceLevel")]
    public JsonElement? ForceLevel { get; set; }

    /// <summary>Gets the withdrawal level, as the service sends it; its shape is undocumented (<c>withdrawLevel</c>).</summary>
    [JsonPropertyName("withdrawLevel")]
    public JsonElement? WithdrawLevel { get; set; }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// One customer in the list returned by <c>customer.admin.WhiteCustomerAdminApiService.page</c> (the vendor's
/// <c>WhiteCustomerAdminPageVO</c>). For everything about one customer, call <c>detail</c>, which returns a
/// <see cref="CustomerProfile"/>.
/// </summary>
/// <remarks>Times are Unix milliseconds read as UTC; the vendor's <c>0</c> for "never" reads as <see langword="null"/>.</remarks>
public sealed record CustomerRecord
{
    /// <summary>Gets the customer id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the customer number, the customer's account name (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the id of the customer's group (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets the name of the customer's group (<c>customerGroupName</c>).</summary>
    [JsonPropertyName("customerGroupName")]
    public string? CustomerGroupName { get; set; }

    /// <summary>Gets the kind of customer: 0 default, 1 agent, 2 credit, 3 activity settlement (<c>customerType</c>).</summary>
    [JsonPropertyName("customerType")]
    public CustomerType? CustomerType { get; set; }

    /// <summary>Gets the customer number of the customer's agent (<c>agentCustomerNo</c>).</summary>
    [JsonPropertyName("agentCustomerNo")]
    public string? AgentCustomerNo { get; set; }

    /// <summary>Gets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    /// <summary>Gets the first name (<c>firstName</c>; the vendor's schema labels it "Name").</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets the last name (<c>lastName</c>).</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets the name as one string (<c>name</c>; the vendor's schema labels it "First name").</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the identity document number (<c>idCard</c>).</summary>
    [JsonPropertyName("idCard")]
    public string? IdCard { get; set; }

    /// <summary>Gets the identity document type (<c>idCardType</c>).</summary>
    [JsonPropertyName("idCardType")]
    public string? IdCardType { get; set; }

    /// <summary>Gets whether the customer is an individual (0) or a business (1) (<c>openAccountType</c>).</summary>
    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; set; }

    /// <summary>Gets where the customer registered, 1 H5 … 9 other (<c>registerSource</c>).</summary>
    [JsonPropertyName("registerSource")]
    public RegisterSource? RegisterSource { get; set; }

    /// <summary>Gets the customer's state: 1 normal, 2 disabled, 3 deleted, 4 closed, 5 locked, 6 closing (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CustomerStatus? Status { get; set; }

    /// <summary>Gets the remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary>Gets the customer's Telegram user id (<c>tgUserId</c>; undocumented, named after Telegram).</summary>
    [JsonPropertyName("tgUserId")]
    public string? TgUserId { get; set; }

    /// <summary>Gets the customer's Telegram user name (<c>tgUserName</c>; undocumented, named after Telegram).</summary>
    [JsonPropertyName("tgUserName")]
    public string? TgUserName { get; set; }

    /// <summary>Gets the customer's third-party account (<c>thirdAccountNo</c>).</summary>
    [JsonPropertyName("thirdAccountNo")]
    public string? ThirdAccountNo { get; set; }

    /// <summary>Gets the third-party login source, e.g. <c>"google"</c> (<c>thirdLoginSource</c>).</summary>
    [JsonPropertyName("thirdLoginSource")]
    public string? ThirdLoginSource { get; set; }

    /// <summary>Gets the customer's user id at the third-party login source (<c>thirdUserId</c>).</summary>
    [JsonPropertyName("thirdUserId")]
    public string? ThirdUserId { get; set; }

    /// <summary>Gets the institution id (<c>unitId</c>).</summary>
    [JsonPropertyName("unitId")]
    public long? UnitId { get; set; }

    /// <summary>Gets the institution name (<c>unitName</c>).</summary>
    [JsonPropertyName("unitName")]
    public string? UnitName { get; set; }

    /// <summary>Gets when the customer was created (or applied), UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets when the customer record was last updated, UTC (<c>updateTime</c>, Unix ms).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }

    /// <summary>Gets when the customer last logged in, UTC (<c>loginTime</c>, Unix ms).</summary>
    [JsonPropertyName("loginTime")]
    public DateTimeOffset? LoginTime { get; set; }

    /// <summary>Gets when the customer's first trading account was activated, UTC (<c>firstAccountActivateTime</c>, Unix ms).</summary>
    [JsonPropertyName("firstAccountActivateTime")]
    public DateTimeOffset? FirstAccountActivateTime { get; set; }
}

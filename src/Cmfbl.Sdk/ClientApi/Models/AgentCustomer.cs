using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>A customer an agent brought in (a record of <c>customer.app.CustomerWebApiService.queryCustomerOfAgentPage</c>).</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Times are Unix milliseconds read as UTC; the vendor's <c>0</c> for "never" reads as <see langword="null"/>.</remarks>
public sealed record AgentCustomer
{
    /// <summary>Gets the customer id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the customer number (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the id of the customer's group (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets the name of the customer's group (<c>customerGroupName</c>).</summary>
    [JsonPropertyName("customerGroupName")]
    public string? CustomerGroupName { get; set; }

    /// <summary>Gets the kind of customer: 0 default, 1 agent (<c>customerType</c>).</summary>
    [JsonPropertyName("customerType")]
    public CustomerType? CustomerType { get; set; }

    /// <summary>Gets the customer's state: 1 normal, 2 disabled, 3 deleted, 4 closed, 5 locked, 6 closing (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public CustomerStatus? Status { get; set; }

    /// <summary>Gets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    /// <summary>Gets the first name (<c>firstName</c>).</summary>
    [JsonPropertyName("firstName")]
    public string? FirstName { get; set; }

    /// <summary>Gets the last name (<c>lastName</c>).</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>Gets where the customer registered, 1 H5 … 9 other (<c>registerSource</c>).</summary>
    [JsonPropertyName("registerSource")]
    public RegisterSource? RegisterSource { get; set; }

    /// <summary>Gets the institution id (<c>unitId</c>).</summary>
    [JsonPropertyName("unitId")]
    public long? UnitId { get; set; }

    /// <summary>Gets when the customer record was created, UTC (<c>createTime</c>, Unix ms).</summary>
    [JsonPropertyName("createTime")]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>Gets when the customer record was last updated, UTC (<c>updateTime</c>, Unix ms).</summary>
    [JsonPropertyName("updateTime")]
    public DateTimeOffset? UpdateTime { get; set; }
}

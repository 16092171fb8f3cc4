using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.register</c> and <c>registerOfAgentShareLink</c>: the new customer, and the KYC levels they must pass before trading.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. Times are Unix milliseconds read as UTC; the vendor's <c>0</c> for "never" reads as <see langword="null"/>. When the company reviews new accounts by hand, the call fails instead with <see cref="Errors.CmfblApiException"/> code <see cref="Errors.CmfblErrorCodes.AccountOpeningPending"/> (the application was received). <see cref="ToString"/> leaves the token out.</remarks>
public sealed record RegisterResult
{
    /// <summary>Gets the new customer number (<c>customerNo</c>, e.g. <c>"86021976"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the customer id (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public long? Id { get; set; }

    /// <summary>Gets the broker (company) id (<c>companyId</c>).</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; set; }

    /// <summary>Gets the id of the customer's group (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; set; }

    /// <summary>Gets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }

    /// <summary>Gets the name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Gets the country, an ISO 3166 alpha-2 code (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; set; }

    /// <summary>Gets whether the customer must set a login password: <c>"1"</c> required, <c>"2"</c> not required (<c>loginPassStatus</c>).</summary>
    [JsonPropertyName("loginPassStatus")]
    public string? LoginPassStatus { get; set; }

    /// <summary>Gets whether the customer has a payment password: <c>"1"</c> absent, <c>"2"</c> present (<c>payPassStatus</c>).</summary>
    [JsonPropertyName("payPassStatus")]
    public string? PayPassStatus { get; set; }

    /// <summary>Gets the watch-list ("optional") flag: 0 not added, 1 added (<c>optional</c>).</summary>
    [JsonPropertyName("optional")]
    public int? Optional { get; set; }

    /// <summary>Gets whether the company requires KYC to open an account: 1 yes, 2 no (<c>companyKycStatus</c>).</summary>
    [JsonPropertyName("companyKycStatus")]
    public int? CompanyKycStatus { get; set; }

    /// <summary>Gets your own system's id for the customer, as sent (<c>thirdServerCode</c>).</summary>
    [JsonPropertyName("thirdServerCode")]
    public string? ThirdServerCode { get; set; }

    /// <summary>Gets the registration source as a name, e.g. <c>"H5"</c> (<c>source</c>).</summary>
    [JsonPropertyName("source")]
    public string? Source { get; set; }

    /// <summary>Gets whether the customer has deposited: 1 yes, 2 no (<c>capitalInStatus</c>).</summary>
    [JsonPropertyName("capitalInStatus")]
    public int? CapitalInStatus { get; set; }

    /// <summary>Gets whether the customer is an individual (0) or an enterprise (1) (<c>openAccountType</c>).</summary>
    [JsonPropertyName("openAccountType")]
    public OpenAccountType? OpenAccountType { get; set; }

    /// <summary>Gets the company type: <c>"real"</c> or <c>"demo"</c> (<c>companyType</c>).</summary>
    [JsonPropertyName("companyType")]
    public string? CompanyType { get; set; }

    /// <summary>Gets the id of the associated company (<c>associationCompanyId</c>).</summary>
    [JsonPropertyName("associationCompanyId")]
    public long? AssociationCompanyId { get; set; }

    /// <summary>Gets when the customer registered, UTC (<c>registerTime</c>, Unix ms).</summary>
    [JsonPropertyName("registerTime")]
    public DateTimeOffset? RegisterTime { get; set; }

    /// <summary>Gets whether API calls need a second verification (<c>apiCheckSwitch</c>).</summary>
    [JsonPropertyName("apiCheckSwitch")]
    public bool? ApiCheckSwitch { get; set; }

    /// <summary>Gets the second verifications API calls need, comma-separated: 1 e-mail, 2 SMS, 3 Google MFA (<c>apiCheckRule</c>).</summary>
    [JsonPropertyName("apiCheckRule")]
    public string? ApiCheckRule { get; set; }

    /// <summary>Gets the KYC levels the customer must pass, in order (<c>list</c>, renamed for what it holds); never <see langword="null"/>, empty when no KYC is needed.</summary>
    [JsonPropertyName("list")]
    public IReadOnlyList<KycLevel> KycLevels { get; set => field = value ?? []; } = [];

    /// <summary>Gets the new customer's session token, when the service logs them in (<c>token</c>). Not in the vendor's schema, but its own web client reads it after registering; open a session with <see cref="ICustomerSessions.FromToken"/>. A secret: never printed.</summary>
    [JsonPropertyName("token")]
    public string? Token { get; set; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CustomerNo = ").Append(CustomerNo)
            .Append(", Id = ").Append(Id)
            .Append(", CompanyId = ").Append(CompanyId)
            .Append(", CustomerGroupId = ").Append(CustomerGroupId)
            .Append(", Email = ").Append(Email)
            .Append(", Phone = ").Append(Phone)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", Name = ").Append(Name)
            .Append(", Country = ").Append(Country)
            .Append(", LoginPassStatus = ").Append(LoginPassStatus)
            .Append(", PayPassStatus = ").Append(PayPassStatus)
            .Append(", Optional = ").Append(Optional)
            .Append(", CompanyKycStatus = ").Append(CompanyKycStatus)
            .Append(", ThirdServerCode = ").Append(ThirdServerCode)
            .Append(", Source = ").Append(Source)
            .Append(", CapitalInStatus = ").Append(CapitalInStatus)
            .Append(", OpenAccountType = ").Append(OpenAccountType)
            .Append(", CompanyType = ").Append(CompanyType)
            .Append(", AssociationCompanyId = ").Append(AssociationCompanyId)
            .Append(", RegisterTime = ").Append(RegisterTime)
            .Append(", ApiCheckSwitch = ").Append(ApiCheckSwitch)
            .Append(", ApiCheckRule = ").Append(ApiCheckRule)
            .Append(", KycLevels = ").Append(KycLevels)
            .Append(", Token = ").Append(Redaction.Mask(Token));
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of <c>customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc</c>: register a customer and
/// open trading accounts. The service answers with the new customer number (a string, e.g. <c>"86021976"</c>).
/// </summary>
/// <remarks>
/// <see cref="Phone"/> is required: the vendor's schema and its reference page both say so. One of its examples leaves
/// the phone out and registers by e-mail, but the documented contract is the phone; the SDK checks it is not empty
/// before sending. Properties left <see langword="null"/> are not sent.
/// </remarks>
public sealed record AddCustomerRequest : IRequestBody
{
    private const string BizType = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";

    /// <summary>Gets the mobile phone number, without the area code (<c>phone</c>, required).</summary>
    [JsonPropertyName("phone")]
    public required string Phone { get; init; }

    /// <summary>Gets the phone area code, e.g. <c>"+44"</c> (<c>phoneArea</c>); the service assumes <c>"+86"</c> when it is left out.</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; init; }

    /// <summary>Gets the e-mail "area code" (<c>emailArea</c>); the service assumes <c>"+86"</c> when it is left out.</summary>
    [JsonPropertyName("emailArea")]
    public string? EmailArea { get; init; }

    /// <summary>Gets the login password, sent as its lowercase hex MD5 (<c>pwd</c>).</summary>
    [JsonPropertyName("pwd")]
    public required Md5Password Password { get; init; }

    /// <summary>Gets the country, an ISO 3166 alpha-2 code such as <c>"US"</c> (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public required string Country { get; init; }

    /// <summary>Gets where the customer registered (<c>registerSource</c>); a back-office integration usually sends <see cref="RegisterSource.System"/>.</summary>
    [JsonPropertyName("registerSource")]
    public required RegisterSource RegisterSource { get; init; }

    /// <summary>Gets the customer group to put the customer in (<c>customerGroupId</c>; 1 is the default group). It must match <see cref="TradeTypeCurrencyList"/>.</summary>
    [JsonPropertyName("customerGroupId")]
    public required long CustomerGroupId { get; init; }

    /// <summary>
    /// Gets the trading accounts to open: trade types and currencies (<c>tradeTypeCurrencyList</c>). Missing from the
    /// vendor's English schema but sent by every example; older schemas require it.
    /// </summary>
    [JsonPropertyName("tradeTypeCurrencyList")]
    public IReadOnlyList<TradeTypeCurrency>? TradeTypeCurrencyList { get; init; }

    /// <summary>Gets a remark (<c>remark</c>).</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; init; }

    /// <summary>Gets the model of the device the customer registered on (<c>registerDevice</c>).</summary>
    [JsonPropertyName("registerDevice")]
    public string? RegisterDevice { get; init; }

    /// <summary>Gets the advertising source of the registration link (<c>utmSource</c>).</summary>
    [JsonPropertyName("utmSource")]
    public string? UtmSource { get; init; }

    /// <summary>Gets the advertising medium of the registration link (<c>utmMedium</c>).</summary>
    [JsonPropertyName("utmMedium")]
    public string? UtmMedium { get; init; }

    /// <summary>Gets the campaign of the registration link (<c>utmCampaign</c>).</summary>
    [JsonPropertyName("utmCampaign")]
    public string? UtmCampaign { get; init; }

    /// <summary>Gets the ad group of the registration link (<c>utmContent</c>).</summary>
    [JsonPropertyName("utmContent")]
    public string? UtmContent { get; init; }

    /// <summary>Gets the keywords of the registration link (<c>utmTerm</c>).</summary>
    [JsonPropertyName("utmTerm")]
    public string? UtmTerm { get; init; }

    /// <summary>
    /// Gets your own system's unique id for this customer, at most 50 characters (<c>thirdServerCode</c>). Use it as your
    /// de-duplication key: the service stores it, returns it in <see cref="CustomerProfile.ThirdServerCode"/>, and the
    /// Webhook API names the customer by it. The docs do not say whether a second registration with the same value is
    /// rejected, so do not rely on the service to de-duplicate.
    /// </summary>
    [JsonPropertyName("thirdServerCode")]
    public string? ThirdServerCode { get; init; }

    /// <inheritdoc/>
    object IRequestBody.Prepare(RequestDefaults defaults)
    {
        RequiredFields.Text(Phone, "phone", BizType);
        RequiredFields.Text(Country, "country", BizType);
        return this;
    }
}

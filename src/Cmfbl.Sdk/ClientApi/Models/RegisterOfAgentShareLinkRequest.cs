using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.registerOfAgentShareLink</c>: registers a customer who followed an agent's share link (no verification code).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record RegisterOfAgentShareLinkRequest
{
    /// <summary>Gets how the customer registers: 1 e-mail, 2 phone number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the e-mail address or phone number, as <see cref="Type"/> says (at most 50 characters) (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets the country, an ISO 3166 alpha-2 code such as <c>"CN"</c> (<c>country</c>, required).</summary>
    [JsonPropertyName("country")]
    public required string Country { get; init; }

    /// <summary>Gets where the customer registers, 1 H5 … 9 other (<c>registerSource</c>, required).</summary>
    [JsonPropertyName("registerSource")]
    public required RegisterSource RegisterSource { get; init; }

    /// <summary>Gets the customer number of the agent whose link the customer followed (<c>thirdServerCode</c>, required).</summary>
    [JsonPropertyName("thirdServerCode")]
    public required string ThirdServerCode { get; init; }

    /// <summary>Gets the phone area code for a phone registration, e.g. <c>"+86"</c> (at most 15 characters) (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the login password, sent as its lowercase hex MD5 (<c>pwd</c>).</summary>
    [JsonPropertyName("pwd")]
    public Md5Password? Password { get; init; }

    /// <summary>Gets the customer group to put the customer in (<c>customerGroupId</c>).</summary>
    [JsonPropertyName("customerGroupId")]
    public long? CustomerGroupId { get; init; }

    /// <summary>Gets the model of the device the customer registers on (<c>registerDevice</c>).</summary>
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

    /// <summary>Gets the customer's language; the service assumes <c>"en-US"</c> (<c>lang</c>).</summary>
    [JsonPropertyName("lang")]
    public string? Lang { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Type = ").Append(Type)
            .Append(", LoginName = ").Append(LoginName)
            .Append(", Country = ").Append(Country)
            .Append(", RegisterSource = ").Append(RegisterSource)
            .Append(", ThirdServerCode = ").Append(ThirdServerCode)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", Password = ").Append(Redaction.Mask(Password))
            .Append(", CustomerGroupId = ").Append(CustomerGroupId)
            .Append(", RegisterDevice = ").Append(RegisterDevice)
            .Append(", UtmSource = ").Append(UtmSource)
            .Append(", UtmMedium = ").Append(UtmMedium)
            .Append(", UtmCampaign = ").Append(UtmCampaign)
            .Append(", UtmContent = ").Append(UtmContent)
            .Append(", UtmTerm = ").Append(UtmTerm)
            .Append(", Lang = ").Append(Lang);
        return true;
    }
}

using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.checkCustomerExist</c>: is this login name already registered?
/// The answer is a <see cref="CustomerExistence"/>.
/// </summary>
public sealed record CheckCustomerExistRequest
{
    /// <summary>Gets what <see cref="LoginName"/> is: 1 e-mail, 2 phone, 3 customer number (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the e-mail address, phone number or customer number to look for (<c>loginName</c>).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets the phone area code, e.g. <c>"+44"</c> (<c>phoneArea</c>); the service assumes <c>"+86"</c> when it is left out.</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the e-mail "area code" (<c>emailArea</c>); the service assumes <c>"+86"</c> when it is left out.</summary>
    [JsonPropertyName("emailArea")]
    public string? EmailArea { get; init; }

    /// <summary>
    /// Gets the vendor's <c>protocol</c> field, sent as given (<c>protocol</c>). The vendor does not document it; the
    /// Manager API example of this call sends the text <c>"true"</c>. Leave it <see langword="null"/> (not sent) unless
    /// the service asks for it.
    /// </summary>
    [JsonPropertyName("protocol")]
    public string? Protocol { get; init; }
}

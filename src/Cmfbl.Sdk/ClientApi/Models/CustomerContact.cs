using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>customer.app.CustomerWebApiService.findPhoneAndEmail</c>: the customer's phone number and e-mail address.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>.</remarks>
public sealed record CustomerContact
{
    /// <summary>Gets the customer number (<c>customerNo</c>, e.g. <c>"86001175"</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; set; }

    /// <summary>Gets the e-mail address (<c>email</c>).</summary>
    [JsonPropertyName("email")]
    public string? Email { get; set; }

    /// <summary>Gets the phone number without the area code (<c>phone</c>).</summary>
    [JsonPropertyName("phone")]
    public string? Phone { get; set; }

    /// <summary>Gets the phone area code, e.g. <c>"+86"</c> (<c>phoneArea</c>).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; set; }
}

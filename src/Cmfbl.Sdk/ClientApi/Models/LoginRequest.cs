using System.Text.Json.Serialization;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.login</c>: a login name and either the password
/// (<see cref="Password"/>) or a verification code with its send token.
/// </summary>
public sealed record LoginRequest
{
    /// <summary>Gets the kind of login name: 1 e-mail, 2 phone number, 3 customer number (<c>type</c>, required).</summary>
    [JsonPropertyName("type")]
    public required LoginNameType Type { get; init; }

    /// <summary>Gets the e-mail address, phone number or customer number (<c>loginName</c>, required).</summary>
    [JsonPropertyName("loginName")]
    public required string LoginName { get; init; }

    /// <summary>Gets the phone area code, e.g. <c>+86</c> (<c>phoneArea</c>; required when <see cref="Type"/> is phone).</summary>
    [JsonPropertyName("phoneArea")]
    public string? PhoneArea { get; init; }

    /// <summary>Gets the login password, sent as its MD5 (<c>loginPwd</c>). Leave it out for a verification-code login.</summary>
    [JsonPropertyName("loginPwd")]
    public Md5Password? Password { get; init; }

    /// <summary>Gets the device the customer logs in from, same codes as the registration source (<c>device</c>, required; default H5).</summary>
    [JsonPropertyName("device")]
    public RegisterSource Device { get; init; } = RegisterSource.H5;

    /// <summary>Gets whether this is a third-party (social) login (<c>isThird</c>, required; default false).</summary>
    [JsonPropertyName("isThird")]
    public bool IsThird { get; init; }

    /// <summary>Gets the verification code, for a code login (<c>verifyCode</c>). A secret: never logged.</summary>
    [JsonPropertyName("verifyCode")]
    public string? VerifyCode { get; init; }

    /// <summary>Gets the send token returned when the verification code was sent (<c>sendToken</c>).</summary>
    [JsonPropertyName("sendToken")]
    public string? SendToken { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code, when the customer has MFA on (<c>googleCode</c>). A secret: never logged.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    /// <summary>Gets the third-party user id to bind to this customer (<c>bindThirdUserId</c>).</summary>
    [JsonPropertyName("bindThirdUserId")]
    public string? BindThirdUserId { get; init; }

    /// <summary>Gets the third-party source: google, facebook, twitter, … (<c>thirdSource</c>).</summary>
    [JsonPropertyName("thirdSource")]
    public string? ThirdSource { get; init; }

    /// <summary>Prints the request with the codes left out.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Type = ").Append(Type)
            .Append(", LoginName = ").Append(LoginName)
            .Append(", PhoneArea = ").Append(PhoneArea)
            .Append(", Password = ").Append(Password is null ? "null" : "***")
            .Append(", Device = ").Append(Device)
            .Append(", IsThird = ").Append(IsThird)
            .Append(", VerifyCode = ").Append(VerifyCode is null ? "null" : "***")
            .Append(", SendToken = ").Append(SendToken is null ? "null" : "***")
            .Append(", GoogleCode = ").Append(GoogleCode is null ? "null" : "***")
            .Append(", BindThirdUserId = ").Append(BindThirdUserId)
            .Append(", ThirdSource = ").Append(ThirdSource);
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.firstSetLoginPwd</c>: the last step of setting a password from an e-mail link: sets the password and logs the customer in.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record FirstSetLoginPwdRequest
{
    /// <summary>Gets the login password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the device the customer logs in from, same codes as the registration source (<c>device</c>, required by the service; the default is H5).</summary>
    [JsonPropertyName("device")]
    public RegisterSource Device { get; init; } = RegisterSource.H5;

    /// <summary>Gets the token <see cref="IGuestCustomerWebApiService.CheckPhoneAsync"/> returned. The vendor's schema leaves it optional, but it is what ties the call to the customer, so it is required here (<c>validToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("validToken")]
    public required string ValidToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", Device = ").Append(Device)
            .Append(", ValidToken = ").Append(Redaction.Mask(ValidToken));
        return true;
    }
}

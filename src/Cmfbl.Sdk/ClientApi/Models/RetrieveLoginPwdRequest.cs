using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.retrieveLoginPwd</c>: the last step of resetting a forgotten password by phone: sets the new password.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record RetrieveLoginPwdRequest
{
    /// <summary>Gets the new login password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the token <see cref="IGuestCustomerWebApiService.CheckPhoneForRetriedLoginPwdAsync"/> returned (valid for 7 days) (<c>validToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("validToken")]
    public required string ValidToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", ValidToken = ").Append(Redaction.Mask(ValidToken));
        return true;
    }
}

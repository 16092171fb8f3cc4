using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.updateAssertsPwd</c>: changes the fund password.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record UpdateAssetsPwdRequest
{
    /// <summary>Gets the current fund password, sent as its lowercase hex MD5 (<c>oldPwd</c>, required).</summary>
    [JsonPropertyName("oldPwd")]
    public required Md5Password OldPassword { get; init; }

    /// <summary>Gets the new fund password, sent as its lowercase hex MD5 (<c>newPwd</c>, required).</summary>
    [JsonPropertyName("newPwd")]
    public required Md5Password NewPassword { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("OldPassword = ").Append(Redaction.Mask(OldPassword))
            .Append(", NewPassword = ").Append(Redaction.Mask(NewPassword))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.bindAssertsPwd</c>: sets the fund password for the first time.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record BindAssetsPwdRequest
{
    /// <summary>Gets the fund password, sent as its lowercase hex MD5 (<c>pwd</c>, required).</summary>
    [JsonPropertyName("pwd")]
    public required Md5Password Password { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code; required when the customer has MFA on (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Password = ").Append(Redaction.Mask(Password))
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode));
        return true;
    }
}

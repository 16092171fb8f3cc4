using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerApiWebService.editApiPermission</c>: switches a key's permissions on or off,
/// renames it, and binds the IP addresses it may be used from (a key bound to IP addresses does not expire).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes and tokens.</remarks>
public sealed record EditApiPermissionRequest
{
    /// <summary>Gets the key's id (<c>id</c>), as <see cref="ApiKeyInfo.Id"/>.</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }

    /// <summary>Gets a new label, unique among the customer's keys (<c>tag</c>).</summary>
    [JsonPropertyName("tag")]
    public string? Tag { get; init; }

    /// <summary>Gets the permissions to switch (<c>permissionList</c>), by code as <see cref="ApiPermissionInfo.Code"/> lists them.</summary>
    [JsonPropertyName("permissionList")]
    public IReadOnlyList<ApiPermissionSetting>? Permissions { get; init; }

    /// <summary>Gets the IP addresses the key may be used from, comma-separated (<c>whiteIps</c>).</summary>
    [JsonPropertyName("whiteIps")]
    public string? WhiteIps { get; init; }

    /// <summary>Gets the Google Authenticator (MFA) code (<c>googleCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("googleCode")]
    public string? GoogleCode { get; init; }

    /// <summary>Gets the SMS verification code (<c>phoneCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("phoneCode")]
    public string? PhoneCode { get; init; }

    /// <summary>Gets the e-mail verification code (<c>emailCode</c>). A secret: never printed.</summary>
    [JsonPropertyName("emailCode")]
    public string? EmailCode { get; init; }

    /// <summary>Gets the send token of the SMS code (<c>phoneSendToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("phoneSendToken")]
    public string? PhoneSendToken { get; init; }

    /// <summary>Gets the send token of the e-mail code (<c>emailSendToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("emailSendToken")]
    public string? EmailSendToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Tag = ").Append(Tag)
            .Append(", Permissions = ").Append(Permissions is null ? "null" : string.Join(", ", Permissions))
            .Append(", WhiteIps = ").Append(WhiteIps)
            .Append(", GoogleCode = ").Append(Redaction.Mask(GoogleCode))
            .Append(", PhoneCode = ").Append(Redaction.Mask(PhoneCode))
            .Append(", EmailCode = ").Append(Redaction.Mask(EmailCode))
            .Append(", PhoneSendToken = ").Append(Redaction.Mask(PhoneSendToken))
            .Append(", EmailSendToken = ").Append(Redaction.Mask(EmailSendToken));
        return true;
    }
}

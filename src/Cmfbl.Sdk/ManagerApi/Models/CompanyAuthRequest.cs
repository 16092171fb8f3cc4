using System.Text;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.ManagerApi.Models;

/// <summary>
/// The body of the Manager API's <c>admin.admin.CompanyAuthDubboService.auth</c>: the broker's credentials, exchanged
/// for the <c>token</c> that every other Manager call sends.
/// </summary>
/// <remarks><see cref="ToString"/> prints <c>***</c> for <see cref="AppSecret"/>.</remarks>
public sealed record CompanyAuthRequest
{
    /// <summary>Gets the company's authorisation id, issued by the vendor (<c>appId</c>).</summary>
    [JsonPropertyName("appId")]
    public required string AppId { get; init; }

    /// <summary>Gets the company's authorisation key, issued by the vendor (<c>appSecret</c>). A secret: never log it.</summary>
    [JsonPropertyName("appSecret")]
    public required string AppSecret { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AppId = ").Append(AppId).Append(", AppSecret = ***");
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>customer.app.CustomerWebApiService.checkToken</c>: checks whether a set-password link (sent by e-mail) is still valid.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record CheckTokenRequest
{
    /// <summary>Gets your company id (the same as the <c>companyId</c> header the SDK sends; the schema requires it in the body too) (<c>companyId</c>, required).</summary>
    [JsonPropertyName("companyId")]
    public required long CompanyId { get; init; }

    /// <summary>Gets the token in the e-mail link. The vendor's schema leaves it optional, but the call checks this token, so it is required here (<c>checkToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("checkToken")]
    public required string CheckToken { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("CompanyId = ").Append(CompanyId)
            .Append(", CheckToken = ").Append(Redaction.Mask(CheckToken));
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The answer of <c>customer.app.CustomerWebApiService.login</c>: the session token and the customer's profile. The
/// wire sends them as one flat object; the SDK splits them. <see cref="ToString"/> leaves the tokens out.
/// </summary>
[JsonConverter(typeof(LoginResultJsonConverter))]
public sealed record LoginResult
{
    /// <summary>Gets the session token (<c>token</c>), sent as the <c>token</c> header by a <see cref="CustomerSession"/>. A secret.</summary>
    public required string Token { get; set; }

    /// <summary>Gets the second token the service returns (<c>rToken</c>, 64 hex characters; its use is not documented). A secret.</summary>
    public string? RToken { get; set; }

    /// <summary>Gets the customer's profile and trading accounts (every other field of the answer).</summary>
    public required CustomerProfile Profile { get; set; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Token = ***, RToken = ").Append(RToken is null ? "null" : "***").Append(", Profile = ").Append(Profile);
        return true;
    }
}

using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>message.app.VerificationApiService.verifyCodeCheck</c>: a verification token that stands for the checked code.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. <see cref="ToString"/> leaves the token out.</remarks>
public sealed record VerifyCodeCheckResult
{
    /// <summary>Gets the verification token (<c>token</c>, named for what it is: the operations that take it call it <c>verifyCodeToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("token")]
    public string? VerifyCodeToken { get; set; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("VerifyCodeToken = ").Append(Redaction.Mask(VerifyCodeToken));
        return true;
    }
}

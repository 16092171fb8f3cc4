using System.Text.Json.Serialization;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>The answer of <c>message.app.VerificationApiService.verifyCodeSend</c>: the send token to give, with the code the customer received, to the operation the code is for.</summary>
/// <remarks>Everything is nullable: a field the service leaves out reads as <see langword="null"/>. <see cref="ToString"/> leaves the token out.</remarks>
public sealed record VerifyCodeSendResult
{
    /// <summary>Gets the send token (<c>token</c>, named for what it is: the operations that take it call it <c>sendToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("token")]
    public string? SendToken { get; set; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("SendToken = ").Append(Redaction.Mask(SendToken));
        return true;
    }
}

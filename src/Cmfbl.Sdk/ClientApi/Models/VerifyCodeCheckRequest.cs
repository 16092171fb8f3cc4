using System.Text.Json.Serialization;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ClientApi.Models.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>message.app.VerificationApiService.verifyCodeCheck</c>: checks a verification code once and exchanges it for a verification token that later calls accept (for example <see cref="ForgetLoginPwdRequest.VerifyCodeToken"/>).
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent. <see cref="ToString"/> prints <c>***</c> for the codes, tokens and passwords.</remarks>
public sealed record VerifyCodeCheckRequest : IRequestBody
{
    /// <summary>Gets the kind of code, as it was sent (<c>bizType</c>, required).</summary>
    [JsonPropertyName("bizType")]
    public required VerificationCodeType BizType { get; init; }

    /// <summary>Gets the recipient, as it was sent (<c>toUser</c>, required).</summary>
    [JsonPropertyName("toUser")]
    public required string ToUser { get; init; }

    /// <summary>Gets the send token that <see cref="IVerificationApiService.VerifyCodeSendAsync"/> returned with that code (<c>sendToken</c>, required). A secret: never printed.</summary>
    [JsonPropertyName("sendToken")]
    public required string SendToken { get; init; }

    /// <summary>Gets the code the customer received; it can be checked once. Give this or <see cref="VerifyCodeToken"/> (<c>code</c>). A secret: never printed.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>Gets a verification token from an earlier check; when both are given only this is checked. Five failed checks invalidate it (<c>verifyCodeToken</c>). A secret: never printed.</summary>
    [JsonPropertyName("verifyCodeToken")]
    public string? VerifyCodeToken { get; init; }

    /// <summary>Gets your company id (<c>companyId</c>, required by the vendor's schema). Left <see langword="null"/>, the SDK fills in the configured <see cref="CmfblOptions.CompanyId"/>.</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; init; }

    /// <summary>Gets the customer id, when known (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BizType = ").Append(BizType)
            .Append(", ToUser = ").Append(ToUser)
            .Append(", SendToken = ").Append(Redaction.Mask(SendToken))
            .Append(", Code = ").Append(Redaction.Mask(Code))
            .Append(", VerifyCodeToken = ").Append(Redaction.Mask(VerifyCodeToken))
            .Append(", CompanyId = ").Append(CompanyId)
            .Append(", CustomerId = ").Append(CustomerId);
        return true;
    }

    /// <inheritdoc/>
    object IRequestBody.Prepare(RequestDefaults defaults) => CompanyId is null ? this with { CompanyId = defaults.CompanyId } : this;
}

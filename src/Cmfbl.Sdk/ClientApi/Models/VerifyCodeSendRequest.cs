using System.Text.Json.Serialization;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.ClientApi.Models;

/// <summary>
/// The body of <c>message.app.VerificationApiService.verifyCodeSend</c>: sends a verification code by e-mail or SMS; the answer carries the send token to give with the code. At most 5 SMS and 5 e-mails per half hour for one kind and recipient.
/// </summary>
/// <remarks>Properties left <see langword="null"/> are not sent.</remarks>
public sealed record VerifyCodeSendRequest : IRequestBody
{
    /// <summary>Gets the kind of code, e.g. <see cref="VerificationCodeType.EmailRegister"/>; it decides the channel (e-mail or SMS) and the message (<c>bizType</c>, required).</summary>
    [JsonPropertyName("bizType")]
    public required VerificationCodeType BizType { get; init; }

    /// <summary>Gets the recipient: the e-mail address, or for SMS the area code and number separated by a space (the vendor's web client sends <c>"+86 13800138000"</c>); for a Telegram code the third-party user id. Give this or <see cref="CustomerNo"/> (<c>toUser</c>).</summary>
    [JsonPropertyName("toUser")]
    public string? ToUser { get; init; }

    /// <summary>Gets the customer whose e-mail address or phone number the service looks up, for the <c>*_LOGINED_*</c> kinds. Give this or <see cref="ToUser"/> (<c>customerNo</c>).</summary>
    [JsonPropertyName("customerNo")]
    public string? CustomerNo { get; init; }

    /// <summary>Gets the recipient's country, an ISO 3166 alpha-2 code such as <c>"CN"</c> (<c>country</c>).</summary>
    [JsonPropertyName("country")]
    public string? Country { get; init; }

    /// <summary>Gets your company id (<c>companyId</c>, required by the vendor's schema). Left <see langword="null"/>, the SDK fills in the configured <see cref="CmfblOptions.CompanyId"/>.</summary>
    [JsonPropertyName("companyId")]
    public long? CompanyId { get; init; }

    /// <summary>Gets the customer id, when known (<c>customerId</c>).</summary>
    [JsonPropertyName("customerId")]
    public long? CustomerId { get; init; }

    /// <inheritdoc/>
    object IRequestBody.Prepare(RequestDefaults defaults) => CompanyId is null ? this with { CompanyId = defaults.CompanyId } : this;
}

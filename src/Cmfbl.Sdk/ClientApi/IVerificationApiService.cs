using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Refit;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>
/// The Client API's verification codes (<c>message.app.VerificationApiService</c>, C side): send a code by e-mail or
/// SMS, and check one. Registration, password resets and contact changes take the code with its send token. Guest
/// calls: use the instance from dependency injection.
/// </summary>
/// <example>
/// Registering a customer by e-mail:
/// <code>
/// var sent = await verification.VerifyCodeSendAsync(new VerifyCodeSendRequest
/// {
///     BizType = VerificationCodeType.EmailRegister,
///     ToUser = "new.customer@example.com",
/// });
/// // … the customer types the code they received …
/// var customer = await customerWeb.RegisterAsync(new RegisterRequest
/// {
///     Type = LoginNameType.Email,
///     LoginName = "new.customer@example.com",
///     Country = "GB",
///     VerifyCode = code,
///     SendToken = sent.SendToken!,
///     RegisterSource = RegisterSource.PcWeb,
///     Password = Md5Password.FromPlainText(password),
/// });
/// </code>
/// </example>
public interface IVerificationApiService
{
    /// <summary>Sends a verification code by e-mail or SMS (interface version 0.0.1, without CAPTCHA).</summary>
    /// <remarks>
    /// bizType <c>message.app.VerificationApiService.verifyCodeSend</c>, version 0.0.1; works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. When the company
    /// has CAPTCHA enabled, use <see cref="VerifyCodeSendWithCaptchaAsync"/> (version 0.0.2). The service sends at most
    /// 5 SMS and 5 e-mails per half hour for one kind of code and recipient. Never retried automatically (a repeat
    /// would send a second message): if the connection fails after the request was sent, the call throws
    /// <see cref="Errors.CmfblOutcomeUnknownException"/>; ask for a new code.
    /// </remarks>
    /// <param name="request">The kind of code and the recipient.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The send token to give with the code.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/message.app.VerificationApiService.verifyCodeSend")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<VerifyCodeSendResult> VerifyCodeSendAsync([Body] VerifyCodeSendRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends a verification code by e-mail or SMS, for a company that has CAPTCHA enabled (interface version 0.0.2).</summary>
    /// <remarks>
    /// bizType <c>message.app.VerificationApiService.verifyCodeSend</c>, version 0.0.2 (the vendor's "Enable CAPTCHA"
    /// variant); works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Same body and answer as <see cref="VerifyCodeSendAsync"/>. A CAPTCHA the service rejects
    /// fails with <see cref="Errors.CmfblApiException"/> code <see cref="Errors.CmfblErrorCodes.CaptchaFailed"/>. Never
    /// retried automatically.
    /// </remarks>
    /// <param name="request">The kind of code and the recipient.</param>
    /// <param name="captcha">The reCAPTCHA token the end user's browser obtained (header <c>captcha</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The send token to give with the code.</returns>
    /// <exception cref="Errors.CmfblApiException">The service refused, for example <see cref="Errors.CmfblErrorCodes.CaptchaFailed"/>.</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/message.app.VerificationApiService.verifyCodeSend")]
    [Headers("version: 0.0.2")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<VerifyCodeSendResult> VerifyCodeSendWithCaptchaAsync([Body] VerifyCodeSendRequest request, [Property(HeaderNames.CaptchaProperty)] string? captcha, CancellationToken cancellationToken = default);

    /// <summary>Checks a verification code once and exchanges it for a verification token, which the password resets accept.</summary>
    /// <remarks>
    /// bizType <c>message.app.VerificationApiService.verifyCodeCheck</c>; works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. A code can be checked only once,
    /// so the call is never retried automatically; the returned token can be checked again, and five failed checks
    /// invalidate it.
    /// </remarks>
    /// <param name="request">The code (or an earlier verification token) and what it was sent for.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The verification token.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/message.app.VerificationApiService.verifyCodeCheck")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<VerifyCodeCheckResult> VerifyCodeCheckAsync([Body] VerifyCodeCheckRequest request, CancellationToken cancellationToken = default);
}

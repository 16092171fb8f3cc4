using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>
/// The Client API's customer service (<c>customer.app.CustomerWebApiService</c>, C side). Guest operations (login,
/// register, existence checks) work on the instance from dependency injection; operations that need a logged-in
/// customer work on <see cref="CustomerSession.CustomerWeb"/>.
/// </summary>
public interface ICustomerWebApiService
{
    /// <summary>Logs a customer in with a password or a verification code. Prefer <see cref="ICustomerSessions.LoginAsync"/>, which keeps the token for later calls.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.login</c>, path <c>/api/login/…</c>: works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>.</remarks>
    /// <param name="request">The login name and password or code.</param>
    /// <param name="captcha">The reCAPTCHA token, when the company has CAPTCHA enabled (header <c>captcha</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session token and the customer's profile.</returns>
    /// <exception cref="Errors.CmfblAuthenticationException">The login name or password is wrong (<see cref="Errors.CmfblErrorCodes.WrongPassword"/>).</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/login/customer.app.CustomerWebApiService.login")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.TokenWhenAvailable)]
    Task<LoginResult> LoginAsync([Body] LoginRequest request, [Property(HeaderNames.CaptchaProperty)] string? captcha = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the logged-in customer's profile and trading accounts.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.findCustomerInfo</c>; needs a logged-in customer.</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.findCustomerInfo")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerProfile> FindCustomerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks whether a login (e-mail, phone number or customer number) is already registered.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkCustomerExist</c>: works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>.</remarks>
    /// <param name="request">The login to look for and its kind.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it exists.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkCustomerExist")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.TokenWhenAvailable)]
    Task<CustomerExistence> CheckCustomerExistAsync([Body] CheckCustomerExistRequest request, CancellationToken cancellationToken = default);

    /// <summary>Registers a new customer with the verification code sent to their e-mail address or phone.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.register</c>, path <c>/api/register/…</c>: works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Send the code first with <see cref="IVerificationApiService.VerifyCodeSendAsync"/> (kind <see cref="VerificationCodeType.EmailRegister"/> or <see cref="VerificationCodeType.SmsRegister"/>), and pass the code and the returned send token here. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>. Check with <see cref="CheckStatusAsync"/> before trying again.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="captcha">The reCAPTCHA token, when the company has CAPTCHA enabled (header <c>captcha</c>).</param>
    /// <param name="clientIp">
    /// The end user's IP address (header <c>X-Forwarded-For</c>, which the vendor's schema lists as required for this call). The
    /// service records it as the registration IP; when the SDK runs on your server, pass the address your front end saw,
    /// or the gateway sees only your server's.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new customer and the KYC levels they must pass.</returns>
    /// <exception cref="Errors.CmfblApiException">The service refused, for example <see cref="Errors.CmfblErrorCodes.EmailExists"/>, or <see cref="Errors.CmfblErrorCodes.AccountOpeningPending"/> when the company reviews new accounts by hand.</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/register/customer.app.CustomerWebApiService.register")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<RegisterResult> RegisterAsync([Body] RegisterRequest request, [Property(HeaderNames.CaptchaProperty)] string? captcha = null, [Property(HeaderNames.ForwardedForProperty)] string? clientIp = null, CancellationToken cancellationToken = default);

    /// <summary>Registers a customer who followed an agent's share link; no verification code is needed.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.registerOfAgentShareLink</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>. The vendor's only example of the answer is a copy of the API-key answer; the SDK reads the documented schema, and ignores anything else.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new customer and the KYC levels they must pass.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.registerOfAgentShareLink")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<RegisterResult> RegisterOfAgentShareLinkAsync([Body] RegisterOfAgentShareLinkRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the company's customer groups, to choose one for registration.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.groupList</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. The vendor documents the answer as one object, though it names a list: one object, an array and <c>{}</c> all read as a list.</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.groupList")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.TokenWhenAvailable)]
    Task<IReadOnlyList<ClientCustomerGroup>> GroupListAsync(CancellationToken cancellationToken = default);

    /// <summary>Tells whether a login name is registered, free or disabled, with the customer's country and phone area code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkStatus</c>. The vendor's description says the call "requires login", so it is sent with the customer's token and works only through a <see cref="CustomerSession"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The state of the login name.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkStatus")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerStatusInfo> CheckStatusAsync([Body] CheckStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Tells whether a customer has the Google Authenticator (MFA) on, before they log in (to show the MFA code field).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkGoogleMFAStatus</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. The vendor's schema types the answer as an object; its example and its web client use a number.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer's Google Authenticator binding: greater than 0 means MFA is on, anything else (the vendor's example sends -1) means off.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkGoogleMFAStatus")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.TokenWhenAvailable)]
    Task<long> CheckGoogleMfaStatusAsync([Body] CheckGoogleMfaStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary>Resets a forgotten login password with a verification code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.forgetLoginPwd</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Send a code of kind <see cref="VerificationCodeType.EmailPassword"/> or <see cref="VerificationCodeType.SmsPassword"/>, then exchange it with <see cref="IVerificationApiService.VerifyCodeCheckAsync"/> for the verification token this call needs. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.forgetLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task ForgetLoginPwdAsync([Body] ForgetLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's language.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.findCustomerLang</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). The schema describes the answer only as "language information"; the vendor's one example answers <c>data: null</c>: when the service has no language for the customer, the result is empty (never the text <c>null</c>).</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The language, e.g. <c>en-US</c>; empty when the service sends none.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.findCustomerLang")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<string?> FindCustomerLangAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's phone number and e-mail address.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.findPhoneAndEmail</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The phone number and e-mail address.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.findPhoneAndEmail")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerContact> FindPhoneAndEmailAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads the third-party (social) accounts bound to the customer.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.findThirdAccountInfo</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The bound accounts.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.findThirdAccountInfo")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<ThirdAccountInfo?> FindThirdAccountInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks whether a set-password link the customer received by e-mail is still valid (the first step of setting a password from a link).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkToken</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Checking the link does not use it up.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the link is valid, expired or used, and the customer's masked e-mail address.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkToken")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.TokenWhenAvailable)]
    Task<CheckTokenResult> CheckTokenAsync([Body] CheckTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one trading account's funds as they are now.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryAccountById</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryAccountById")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<TradingAccount> QueryAccountByIdAsync([Body] QueryAccountByIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one leverage or spot account's assets.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryAccountAssetsInfo</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). The vendor documents no answer schema; its web client merges the answer into the matching item of the profile's account list, so the SDK reads it as a <see cref="TradingAccount"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryAccountAssetsInfo")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<TradingAccount> QueryAccountAssetsInfoAsync([Body] QueryAccountAssetsInfoRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's total assets, valued in one currency.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryCustomerAssets</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The total.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryCustomerAssets")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerAssets> QueryCustomerAssetsAsync([Body] QueryCustomerAssetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's totals in one trade type (leverage, spot or wallet; not the contract trade types), with each account behind them.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryCustomerAssetsInfo</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The totals and the accounts.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryCustomerAssetsInfo")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerAssetsInfo> QueryCustomerAssetsInfoAsync([Body] QueryCustomerAssetsInfoRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the customer's loans and repayments (leverage), one page at a time.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). The vendor's schema types <c>records</c> as one object; an array, one object and <c>{}</c> all read as a list.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryLiabilitiesWaterByPage")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<PagedResult<LiabilityRecord>> QueryLiabilitiesWaterByPageAsync([Body] QueryLiabilitiesWaterByPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads the customer's balance in your own system, when the company settles through the Webhook API (external settlement).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryLatestBalanceOfUserAccountInExternalSystem</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). The spec lists no <c>version</c> header for this operation; its description names 0.0.1, which the SDK sends.</remarks>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The balance.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryLatestBalanceOfUserAccountInExternalSystem")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<ExternalAccountBalance> QueryLatestBalanceOfUserAccountInExternalSystemAsync(CancellationToken cancellationToken = default);

    /// <summary>Lists the customers the logged-in agent brought in, one page at a time.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.queryCustomerOfAgentPage</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>).</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.queryCustomerOfAgentPage")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<PagedResult<AgentCustomer>> QueryCustomerOfAgentPageAsync([Body] QueryCustomerOfAgentPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the login password of a customer who has none yet (for example one who registered with a code only).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindLoginPwd</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task BindLoginPwdAsync([Body] BindLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the login password.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.updateLoginPwd</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). A session that logs in again when its login expires still holds the old password: open a new session with the new one. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.updateLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task UpdateLoginPwdAsync([Body] UpdateLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the login password, proven by a verification code as well.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.updateLoginPwdMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). A session that logs in again when its login expires still holds the old password: open a new session with the new one. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.updateLoginPwdMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task UpdateLoginPwdMfaAsync([Body] UpdateLoginPwdMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the login password of a customer who signed up through Telegram.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.firstTimeSettingLoginPassword</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.firstTimeSettingLoginPassword")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task FirstTimeSettingLoginPasswordAsync([Body] FirstTimeSettingLoginPasswordRequest request, CancellationToken cancellationToken = default);

    /// <summary>The first step of resetting a forgotten password by phone: proves the customer's phone with an SMS code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkPhoneForRetriedLoginPwd</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. It uses up the SMS code, so it is never retried automatically. The vendor's schema leaves the answer's shape open and describes it as "the verification token the next step needs": the SDK returns it as text.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token for <see cref="RetrieveLoginPwdAsync"/>, valid for 7 days; empty when the service sends none (its examples answer <c>{}</c>).</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkPhoneForRetriedLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<string?> CheckPhoneForRetriedLoginPwdAsync([Body] CheckPhoneForRetriedLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>The last step of resetting a forgotten password by phone: sets the new login password.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.retrieveLoginPwd</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.retrieveLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task RetrieveLoginPwdAsync([Body] RetrieveLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>The second step of setting a password from an e-mail link: proves the customer's phone with an SMS code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkPhone</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. It uses up the SMS code, so it is never retried automatically. The vendor's schema leaves the answer's shape open and describes it as "the verification token the next step needs": the SDK returns it as text.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token for <see cref="FirstSetLoginPwdAsync"/>; empty when the service sends none (its examples answer <c>{}</c>).</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkPhone")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<string?> CheckPhoneAsync([Body] CheckPhoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>The last step of setting a password from an e-mail link: sets the login password and logs the customer in.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.firstSetLoginPwd</c>. Works without a login, and sends the customer's token when called through a <see cref="CustomerSession"/>. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session token and the customer's profile, as a login answers; open a session with <see cref="ICustomerSessions.FromToken"/>.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.firstSetLoginPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task<LoginResult> FirstSetLoginPwdAsync([Body] FirstSetLoginPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the fund password for the first time.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindAssertsPwd</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindAssertsPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task BindAssertsPwdAsync([Body] BindAssertsPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the fund password, proven by a verification code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindAssertsPwdMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). The vendor's schema names the send-token field <c>sendToken6</c>; the SDK sends <c>sendToken</c>, as the vendor's example does. Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindAssertsPwdMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task BindAssertsPwdMfaAsync([Body] BindAssertsPwdMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the fund password.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.updateAssertsPwd</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.updateAssertsPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task UpdateAssertsPwdAsync([Body] UpdateAssertsPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the fund password, proven by a verification code as well.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.updateAssertsPwdMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.updateAssertsPwdMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task UpdateAssertsPwdMfaAsync([Body] UpdateAssertsPwdMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Resets a forgotten fund password with a verification code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.forgetAssertsPwd</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.forgetAssertsPwd")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ForgetAssertsPwdAsync([Body] ForgetAssertsPwdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Resets a forgotten fund password with a verification code, or with the Google Authenticator code when MFA is on.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.forgetAssertsPwdV1v1v2</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.forgetAssertsPwdV1v1v2")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ForgetAssertsPwdV1v1v2Async([Body] ForgetAssertsPwdV1v1v2Request request, CancellationToken cancellationToken = default);

    /// <summary>Resets the fund password, proven by a verification code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.forgetAssertsPwdMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.forgetAssertsPwdMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task ForgetAssertsPwdMfaAsync([Body] ForgetAssertsPwdMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds an e-mail address to a customer who has none.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindEmail</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindEmail")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task BindEmailAsync([Body] BindEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds a phone number to a customer who has none.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindPhone</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindPhone")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task BindPhoneAsync([Body] BindPhoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's e-mail address, proven by a code sent to the new address.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeEmail</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeEmail")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangeEmailAsync([Body] ChangeEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's e-mail address, proven by codes sent to the new and the old address (or, with MFA on, by the Google Authenticator code instead of the old address).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeEmailV1v1v2</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeEmailV1v1v2")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangeEmailV1v1v2Async([Body] ChangeEmailV1v1v2Request request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's e-mail address; the customer chooses whether an e-mail or an SMS code proves the old credentials.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeEmailMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeEmailMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangeEmailMfaAsync([Body] ChangeEmailMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's phone number, proven by a code sent to the new number.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changePhone</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changePhone")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangePhoneAsync([Body] ChangePhoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's phone number, proven by codes sent to the new and the old number (or, with MFA on, by the Google Authenticator code instead of the old number).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changePhoneV1v1v2</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changePhoneV1v1v2")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangePhoneV1v1v2Async([Body] ChangePhoneV1v1v2Request request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's phone number; the customer chooses whether an e-mail or an SMS code proves the old credentials.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changePhoneMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changePhoneMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task ChangePhoneMfaAsync([Body] ChangePhoneMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the phone number of a customer who signed up through Telegram.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.firstSetPhone</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.firstSetPhone")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task FirstSetPhoneAsync([Body] FirstSetPhoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the e-mail address of a customer who signed up through Telegram.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.firstSetEmail</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.firstSetEmail")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task FirstSetEmailAsync([Body] FirstSetEmailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Turns the Google Authenticator (MFA) on or off.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.enableOrForbidMFA</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.enableOrForbidMFA")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task EnableOrForbidMfaAsync([Body] EnableOrForbidMfaRequest request, CancellationToken cancellationToken = default);

    /// <summary>Links a third-party (Telegram) account to the customer.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.bindThirdAccount</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.bindThirdAccount")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task BindThirdAccountAsync([Body] BindThirdAccountRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's language.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeLang</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). A keyed write: setting the same language twice changes nothing, and the SDK sends one <c>idempotency-key</c> on every attempt, so the gateway answers a repeat from its cache. It is retried like a read.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeLang")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task ChangeLangAsync([Body] ChangeLangRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's mailing address and postal code.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeCustomerAddressAndPostalCode</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). A keyed write: setting the same address twice changes nothing, and the SDK sends one <c>idempotency-key</c> on every attempt, so the gateway answers a repeat from its cache. It is retried like a read.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeCustomerAddressAndPostalCode")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task ChangeCustomerAddressAndPostalCodeAsync([Body] ChangeCustomerAddressAndPostalCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the customer's country.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.changeCountry</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Refused when the customer has an approved KYC; on success the KYC applications pending in the old country are rejected, so it is never retried automatically.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.changeCountry")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.TokenWhenAvailable)]
    Task ChangeCountryAsync([Body] ChangeCountryRequest request, CancellationToken cancellationToken = default);

    /// <summary>Closes the customer's account (customer cancellation).</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.destroy</c>; needs a logged-in customer (call it on <see cref="CustomerSession.CustomerWeb"/>). Never retried automatically: if the connection fails after the request was sent, the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>.</remarks>
    /// <param name="request">The body of the call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerWebApiService.destroy")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task DestroyAsync([Body] DestroyRequest request, CancellationToken cancellationToken = default);
}

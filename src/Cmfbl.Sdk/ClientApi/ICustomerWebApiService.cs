using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
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
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.login</c>, path <c>/api/login/…</c>; a guest call.</remarks>
    /// <param name="request">The login name and password or code.</param>
    /// <param name="captcha">The reCAPTCHA token, when the company has CAPTCHA enabled (header <c>captcha</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session token and the customer's profile.</returns>
    /// <exception cref="Errors.CmfblAuthenticationException">The login name or password is wrong (<see cref="Errors.CmfblErrorCodes.WrongPassword"/>).</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/login/customer.app.CustomerWebApiService.login")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.Guest)]
    Task<LoginResult> LoginAsync([Body] LoginRequest request, [Header("captcha")] string? captcha = null, CancellationToken cancellationToken = default);

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
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkCustomerExist</c>; a guest call.</remarks>
    /// <param name="request">The login to look for and its kind.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether it exists.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerWebApiService.checkCustomerExist")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.Guest)]
    Task<CustomerExistence> CheckCustomerExistAsync([Body] CheckCustomerExistRequest request, CancellationToken cancellationToken = default);
}

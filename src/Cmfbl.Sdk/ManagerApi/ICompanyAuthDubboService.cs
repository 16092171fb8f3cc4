using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>
/// The Manager API's authentication service (<c>admin.admin.CompanyAuthDubboService</c>). The SDK calls it by itself
/// to obtain and renew the Manager token; call it directly to read the company profile (public key, customer-number
/// range, trade types).
/// </summary>
public interface ICompanyAuthDubboService
{
    /// <summary>Exchanges the app id and secret for a Manager token and the company profile.</summary>
    /// <remarks>bizType <c>admin.admin.CompanyAuthDubboService.auth</c>, path <c>/openapi-b/auth/…</c>; only the <c>trace</c> header is sent.</remarks>
    /// <param name="request">The app id and secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token and the company profile.</returns>
    /// <exception cref="Errors.CmfblAuthenticationException">The app id or secret was rejected.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/admin.admin.CompanyAuthDubboService.auth")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.None)]
    Task<CompanyAuthResult> AuthAsync([Body] CompanyAuthRequest request, CancellationToken cancellationToken = default);
}

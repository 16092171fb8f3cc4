using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>The one Manager API operation of the vendor's <c>customer.app.CustomerWebApiService</c>.</summary>
public interface ICustomerWebApiService
{
    /// <summary>Checks whether a login (e-mail, phone number or customer number) is already registered.</summary>
    /// <remarks>bizType <c>customer.app.CustomerWebApiService.checkCustomerExist</c>; a guest call (no token).</remarks>
    /// <param name="request">The login to look for and its kind.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see cref="CustomerExistence.Exists"/> or <see cref="CustomerExistence.DoesNotExist"/>.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.app.CustomerWebApiService.checkCustomerExist")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.Guest)]
    Task<CustomerExistence> CheckCustomerExistAsync([Body] CheckCustomerExistRequest request, CancellationToken cancellationToken = default);
}

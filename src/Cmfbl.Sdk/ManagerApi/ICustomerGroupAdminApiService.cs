using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>The Manager API's customer groups (<c>customer.admin.CustomerGroupAdminApiService</c>).</summary>
public interface ICustomerGroupAdminApiService
{
    /// <summary>Lists the company's customer groups and the assets each trades.</summary>
    /// <remarks>bizType <c>customer.admin.CustomerGroupAdminApiService.groupList</c>. The vendor documents one object or an array; both are read as a list.</remarks>
    /// <param name="request">Optional filters (trade type, customer number).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.CustomerGroupAdminApiService.groupList")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<IReadOnlyList<CustomerGroup>> GroupListAsync([Body] CustomerGroupListRequest request, CancellationToken cancellationToken = default);
}

using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>The Manager API's customer accounts (<c>customer.admin.CustomerAdminApiService</c>).</summary>
public interface ICustomerAdminApiService
{
    /// <summary>Lists a customer's trading accounts of one trade type, with their balances.</summary>
    /// <remarks>bizType <c>customer.admin.CustomerAdminApiService.queryAccountList</c> (the docs' "Account info" and "Get balance"). One object or an array is read as a list.</remarks>
    /// <param name="request">The customer number and trade type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accounts; amounts are <see cref="decimal"/>.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.CustomerAdminApiService.queryAccountList")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<IReadOnlyList<TradingAccount>> QueryAccountListAsync([Body] AccountListRequest request, CancellationToken cancellationToken = default);
}

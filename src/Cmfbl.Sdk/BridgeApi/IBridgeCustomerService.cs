using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.BridgeApi;

/// <summary>
/// The Bridge API's customer administration (<c>customer.admin.WhiteCustomerAdminApiService</c> at
/// <c>{host}/webhook/global/</c>, signed with the merchant API key): list, register and read customers.
/// </summary>
public interface IBridgeCustomerService
{
    /// <summary>Lists customers, one page at a time.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminApiService.page</c>.</remarks>
    /// <param name="request">The page to read and an optional customer-number filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.page")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<PagedResult<CustomerRecord>> PageAsync([Body] CustomerPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Registers a customer and opens their accounts (the Manager API's registration, through the Bridge).</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc</c> (the Bridge documentation's "customer registration"; its page was not published). Never retried automatically: if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; look the customer up (<see cref="PageAsync"/>) before registering again.</remarks>
    /// <param name="request">The new customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new customer number.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task<string> AddCusAndOpenAccountAndKycAsync([Body] AddCustomerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads a customer's details by customer number.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminApiService.detailByCustomerNo</c> (the documentation's title says <c>detail</c>; its request path, used here, says <c>detailByCustomerNo</c>).</remarks>
    /// <param name="request">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer's profile.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.detailByCustomerNo")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerProfile> DetailByCustomerNoAsync([Body] BridgeCustomerDetailRequest request, CancellationToken cancellationToken = default);
}

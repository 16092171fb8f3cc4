using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>The Manager API's customer administration (<c>customer.admin.WhiteCustomerAdminApiService</c>).</summary>
public interface IWhiteCustomerAdminApiService
{
    /// <summary>Registers a customer, opens their trading accounts and starts KYC, in one call.</summary>
    /// <remarks>
    /// bizType <c>customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc</c>. This write is never
    /// retried automatically: if the connection fails after the request was sent, the call throws
    /// <see cref="Errors.CmfblOutcomeUnknownException"/>; check with <see cref="ICustomerWebApiService.CheckCustomerExistAsync"/>
    /// before trying again.
    /// </remarks>
    /// <param name="request">The new customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new customer number, for example <c>86021976</c>.</returns>
    /// <exception cref="Errors.CmfblApiException">The service refused, for example <see cref="Errors.CmfblErrorCodes.PhoneExists"/>.</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task<string> AddCusAndOpenAccountAndKycAsync([Body] AddCustomerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists customers, one page at a time. To walk every page, use <see cref="WhiteCustomerAdminApiServiceExtensions.GetAllCustomersAsync"/>.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminApiService.page</c>.</remarks>
    /// <param name="request">The page to read and an optional customer-number filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.page")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<PagedResult<CustomerRecord>> PageAsync([Body] CustomerPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one part of a customer's record, chosen by <see cref="CustomerDetailRequest.Type"/>.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminApiService.detail</c>.</remarks>
    /// <param name="request">The customer and the part to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The customer's profile, with the chosen part filled in.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminApiService.detail")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<CustomerProfile> DetailAsync([Body] CustomerDetailRequest request, CancellationToken cancellationToken = default);
}

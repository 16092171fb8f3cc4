using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Pagination;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>Conveniences over <see cref="IWhiteCustomerAdminApiService"/> that are more than one call.</summary>
public static class WhiteCustomerAdminApiServiceExtensions
{
    /// <summary>
    /// Walks every page of the customer list, one request per page, yielding customers as they arrive. It stops on an
    /// empty page or when <c>current × size ≥ total</c>, and honours cancellation between and during pages.
    /// </summary>
    /// <param name="service">The service.</param>
    /// <param name="filter">The filter and page size; its <see cref="CustomerPageRequest.Current"/> is the first page read. <see langword="null"/> reads everything, 20 per page.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>Every customer, in the service's order.</returns>
    /// <exception cref="Errors.CmfblException">A page could not be read.</exception>
    public static IAsyncEnumerable<CustomerRecord> GetAllCustomersAsync(
        this IWhiteCustomerAdminApiService service,
        CustomerPageRequest? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        var first = filter ?? new CustomerPageRequest();
        return PageWalker.WalkAsync(first.Current, (page, token) => service.PageAsync(first with { Current = page }, token), first.Size, cancellationToken);
    }
}

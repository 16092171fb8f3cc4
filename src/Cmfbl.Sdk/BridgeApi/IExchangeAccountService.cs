using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.BridgeApi;

/// <summary>
/// A customer's exchange accounts on the Bridge API (<c>customer.admin.CustomerDirectAccAdminApiService.add</c>, and
/// <c>customer.admin.WhiteCustomerAdminDriectAccService.update/list/delete</c> of the vendor's older specification):
/// the exchange API keys the Bridge trades with.
/// </summary>
public interface IExchangeAccountService
{
    /// <summary>Registers a customer's exchange API key as an account.</summary>
    /// <remarks>bizType <c>customer.admin.CustomerDirectAccAdminApiService.add</c>. Never retried automatically: if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; list the accounts (<see cref="ListAsync"/>) before adding again.</remarks>
    /// <param name="request">The account and its exchange keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the account is added.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/customer.admin.CustomerDirectAccAdminApiService.add")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task AddAsync([Body] ExchangeAccountRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces an account's exchange keys.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminDriectAccService.update</c> (the vendor's spelling). A keyed write: it sets the values given, so a repeat leaves the same account, and every attempt carries one <c>idempotency-key</c>.</remarks>
    /// <param name="request">The account and its new keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as it is now, when the service answers with it.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminDriectAccService.update")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task<ExchangeAccount?> UpdateAsync([Body] ExchangeAccountUpdate request, CancellationToken cancellationToken = default);

    /// <summary>Lists a customer's exchange accounts.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminDriectAccService.list</c> (the vendor's spelling).</remarks>
    /// <param name="request">The customer.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accounts.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminDriectAccService.list")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<IReadOnlyList<ExchangeAccount>> ListAsync([Body] ExchangeAccountKey request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an exchange account.</summary>
    /// <remarks>bizType <c>customer.admin.WhiteCustomerAdminDriectAccService.delete</c> (the vendor's spelling). A keyed write: deleting twice leaves the same state, and every attempt carries one <c>idempotency-key</c>.</remarks>
    /// <param name="request">The customer and the account's alias.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the account is deleted.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/customer.admin.WhiteCustomerAdminDriectAccService.delete")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task DeleteAsync([Body] ExchangeAccountKey request, CancellationToken cancellationToken = default);
}

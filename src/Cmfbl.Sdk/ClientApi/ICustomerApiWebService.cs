using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Pagination;
using Refit;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>
/// The customer's Open API keys (<c>customer.app.CustomerApiWebService</c>, C side): apply for a key, list, read,
/// switch permissions, delete. Every operation needs a logged-in customer: call it on
/// <see cref="CustomerSession.CustomerApi"/>. A key then opens a session of its own with
/// <see cref="ICustomerSessions.FromApiKey(string, string)"/>.
/// </summary>
public interface ICustomerApiWebService
{
    /// <summary>Applies for a new API key; the answer carries its private key, once.</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.applyApi</c>; needs a logged-in customer. Send a verification code first (<see cref="IVerificationApiService.VerifyCodeSendAsync"/>) or pass a Google code. Never retried automatically (it creates a key, and the code may be used up): if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; list the keys (<see cref="PageAsync"/>) by tag before applying again.</remarks>
    /// <param name="request">The key's tag and the proof (a verification or Google code).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new key, with <see cref="ApiKeyInfo.PrivateKey"/>.</returns>
    /// <exception cref="Errors.CmfblApiException">The service refused, for example <c>CUSTOMER_API_00011002</c> (too many keys) or <c>CUSTOMER_API_00011003</c> (the tag exists).</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerApiWebService.applyApi")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task<ApiKeyInfo> ApplyApiAsync([Body] ApplyApiRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists the customer's API keys, one page at a time (without their private keys).</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.page</c>; needs a logged-in customer.</remarks>
    /// <param name="request">The page and an optional tag filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerApiWebService.page")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<PagedResult<ApiKeyInfo>> PageAsync([Body] ApiKeyPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one API key (without its private key).</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.queryApi</c>; needs a logged-in customer.</remarks>
    /// <param name="request">The key's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/global/customer.app.CustomerApiWebService.queryApi")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<ApiKeyInfo> QueryApiAsync([Body] ApiKeyIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Switches a key's permissions, renames it or binds its IP addresses.</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.editApiPermission</c>; needs a logged-in customer and a verification or Google code. Never retried automatically (the code may be used up): if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; read the key (<see cref="QueryApiAsync"/>) to see whether the change took.</remarks>
    /// <param name="request">The key's id and the changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the change.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerApiWebService.editApiPermission")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task EditApiPermissionAsync([Body] EditApiPermissionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an API key; calls signed with it fail from then on (<see cref="Errors.CmfblErrorCodes.ApiKeyNotFound"/>).</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.delApi</c>; needs a logged-in customer. A keyed write: deleting twice leaves the same state, and every attempt carries one <c>idempotency-key</c>, so it is retried like a read.</remarks>
    /// <param name="request">The key's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the key is deleted.</returns>
    /// <exception cref="Errors.CmfblApiException">The key does not exist (<c>CUSTOMER_API_0000003</c>).</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerApiWebService.delApi")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task DelApiAsync([Body] ApiKeyIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets the validity package of a key (a month, a quarter, six months or a year).</summary>
    /// <remarks>bizType <c>customer.app.CustomerApiWebService.downgrade</c>; needs a logged-in customer. The vendor's only example answers with the key itself. Never retried automatically: if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; read the key (<see cref="QueryApiAsync"/>) before trying again.</remarks>
    /// <param name="request">The key, its tag and the package.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The key as it is now, when the service answers with it.</returns>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/global/customer.app.CustomerApiWebService.downgrade")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite)]
    Task<ApiKeyInfo?> DowngradeAsync([Body] DowngradeApiRequest request, CancellationToken cancellationToken = default);
}

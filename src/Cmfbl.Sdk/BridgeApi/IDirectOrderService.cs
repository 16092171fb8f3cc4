using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.BridgeApi;

/// <summary>
/// Orders on a customer's exchange account through the Bridge API (<c>tradeapi.admin.OrderAdminApiService</c> and
/// <c>tradeapi.admin.AccountAdminService</c>, group <c>tradeApi</c>).
/// </summary>
public interface IDirectOrderService
{
    /// <summary>Places an order on the exchange.</summary>
    /// <remarks>bizType <c>tradeapi.admin.OrderAdminApiService.addDirectOrder</c>, group <c>tradeApi</c>. With <see cref="DirectOrderRequest.ClientOrderId"/> it is a keyed write: a lost answer is retried with the same id, which the exchange accepts only once. Without one it is never retried: if the answer is lost the call throws <see cref="Errors.CmfblOutcomeUnknownException"/>; look the order up (<see cref="QueryDirectOrderAsync"/> or the fills) before placing it again.</remarks>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order's ids (OKX answers with the client id and the status only).</returns>
    /// <exception cref="Errors.CmfblInvalidRequestException">The order is incomplete (no quantity or amount, a limit order without a price, a malformed client id); nothing was sent.</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but no answer arrived.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    [Post("/tradeapi.admin.OrderAdminApiService.addDirectOrder")]
    [Headers("version: 0.0.1", "group: tradeApi")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task<DirectOrder> AddDirectOrderAsync([Body] DirectOrderRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels an order.</summary>
    /// <remarks>bizType <c>tradeapi.admin.OrderAdminApiService.cancelDirectOrder</c>, group <c>tradeApi</c>. A keyed write: cancelling twice cancels nothing more, and every attempt carries one <c>idempotency-key</c>.</remarks>
    /// <param name="request">The order, by its id or your client id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cancelled order's ids.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/tradeapi.admin.OrderAdminApiService.cancelDirectOrder")]
    [Headers("version: 0.0.1", "group: tradeApi")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task<DirectOrder> CancelDirectOrderAsync([Body] DirectOrderKey request, CancellationToken cancellationToken = default);

    /// <summary>Reads an order of the last three months.</summary>
    /// <remarks>bizType <c>tradeapi.admin.OrderAdminApiService.queryDirectOrder</c>, group <c>tradeApi</c>.</remarks>
    /// <param name="request">The order, by its id or your client id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/tradeapi.admin.OrderAdminApiService.queryDirectOrder")]
    [Headers("version: 0.0.1", "group: tradeApi")]
    [CmfblOperation(OperationKind.Read)]
    Task<DirectOrder> QueryDirectOrderAsync([Body] DirectOrderKey request, CancellationToken cancellationToken = default);

    /// <summary>Lists fills of the last three months, at most 24 hours per call.</summary>
    /// <remarks>bizType <c>tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord</c>, group <c>tradeApi</c>.</remarks>
    /// <param name="request">The account, the symbol and the window.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The fills.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord")]
    [Headers("version: 0.0.1", "group: tradeApi")]
    [CmfblOperation(OperationKind.Read)]
    Task<IReadOnlyList<DirectTrade>> QueryDirectTradeRecordAsync([Body] DirectTradeQuery request, CancellationToken cancellationToken = default);

    /// <summary>Reads the balances of an exchange account.</summary>
    /// <remarks>bizType <c>tradeapi.admin.AccountAdminService.queryBalances</c>, group <c>tradeApi</c>.</remarks>
    /// <param name="request">The account, and optionally the currencies.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One balance per currency.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/tradeapi.admin.AccountAdminService.queryBalances")]
    [Headers("version: 0.0.1", "group: tradeApi")]
    [CmfblOperation(OperationKind.Read)]
    Task<IReadOnlyList<ExchangeBalance>> QueryBalancesAsync([Body] BalanceQuery request, CancellationToken cancellationToken = default);
}

using Cmfbl.Sdk.BridgeApi.Models;
using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.BridgeApi;

/// <summary>Where the platform posts a key's Bridge trade notifications (<c>admin.admin.CompanyApiKeyDubboService</c>).</summary>
public interface IBridgeWebhookService
{
    /// <summary>Subscribes an endpoint of yours to the key's trade notifications.</summary>
    /// <remarks>bizType <c>admin.admin.CompanyApiKeyDubboService.subscribe</c>. A keyed write: it sets the URL given, so a repeat leaves the same subscription, and every attempt carries one <c>idempotency-key</c>. Receive the notifications with <c>Cmfbl.Sdk.AspNetCore</c>'s <c>MapCmfblBridgeNotifications</c>.</remarks>
    /// <param name="request">The key and your endpoint.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the subscription is set.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/admin.admin.CompanyApiKeyDubboService.subscribe")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task SubscribeAsync([Body] BridgeWebhookSubscribeRequest request, CancellationToken cancellationToken = default);
}

using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi;

/// <summary>
/// The Manager API's webhook settings (<c>admin.admin.CompanyWebhookDubboService</c>): where the platform calls the
/// white label's own external-settlement endpoints (the Webhook API, served by <c>Cmfbl.Sdk.AspNetCore</c>).
/// </summary>
public interface ICompanyWebhookService
{
    /// <summary>Registers the three external-settlement URLs the platform calls: balance query, adjustment and its cancellation.</summary>
    /// <remarks>
    /// bizType <c>admin.admin.CompanyWebhookDubboService.subscribe</c> (vendor changelog 2.4.3). The vendor documents it
    /// only in its older Manager specification, under <c>/openapi-b/global/</c>; like every Manager operation it is sent
    /// under <see cref="ManagerApiOptions.PathPrefix"/> (the gateway serves both forms for the operations documented in
    /// both). A keyed write: it replaces the company's settings with the values given, so sending the same values
    /// twice leaves the same settings, and the SDK sends one <c>idempotency-key</c> on every attempt, so a gateway that
    /// honours the key answers a repeat from its cache. It is retried like a read. Do not call it concurrently with
    /// different URLs: a retried older call could land after a newer one.
    /// </remarks>
    /// <param name="request">The three URLs.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has accepted the URLs.</returns>
    /// <exception cref="Errors.CmfblException">The call failed.</exception>
    [Post("/admin.admin.CompanyWebhookDubboService.subscribe")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.KeyedWrite)]
    Task SubscribeAsync([Body] WebhookSubscribeRequest request, CancellationToken cancellationToken = default);
}

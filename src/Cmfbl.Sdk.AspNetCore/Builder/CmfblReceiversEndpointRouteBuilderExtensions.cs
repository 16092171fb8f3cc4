using Cmfbl.Sdk.AspNetCore.Settlement.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the endpoints the MultiMarkets platform calls. Each method returns the endpoints' convention builder, so you
/// can add authorization, rate limiting, host filters or CORS the usual way.
/// </summary>
public static partial class CmfblReceiversEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the three external-settlement endpoints (POST) under <paramref name="prefix"/>, named as in the vendor's
    /// Webhook API: <c>{prefix}/get-user-amount</c>, <c>{prefix}/external-system-credit-limit-adjustment</c> and
    /// <c>{prefix}/cancel-external-system-credit-limit-adjustment</c>. Register those three URLs with
    /// <c>ICompanyWebhookService.SubscribeAsync</c> (Cmfbl.Sdk).
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="prefix">The path prefix, e.g. <c>/cmfbl/settlement</c>.</param>
    /// <returns>The convention builder of the three endpoints.</returns>
    /// <exception cref="InvalidOperationException"><c>AddCmfblExternalSettlement</c> was not called.</exception>
    public static IEndpointConventionBuilder MapCmfblExternalSettlement(this IEndpointRouteBuilder endpoints, string prefix)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var processor = endpoints.ServiceProvider.GetService<SettlementProcessor>()
            ?? throw new InvalidOperationException("Call services.AddCmfblExternalSettlement<THandler>(…) before app.MapCmfblExternalSettlement(…).");
        var group = endpoints.MapGroup(prefix);
        group.MapPost(SettlementProcessor.BalancePath, processor.HandleBalanceAsync);
        group.MapPost(SettlementProcessor.AdjustPath, processor.HandleAdjustAsync);
        group.MapPost(SettlementProcessor.CancelPath, processor.HandleCancelAsync);
        return group;
    }
}

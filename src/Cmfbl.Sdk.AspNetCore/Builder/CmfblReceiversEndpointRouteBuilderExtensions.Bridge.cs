using Cmfbl.Sdk.AspNetCore.Bridge.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <content>Bridge trade notifications.</content>
public static partial class CmfblReceiversEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Bridge notification endpoint (POST <paramref name="pattern"/>), the <c>webhookUrl</c> you subscribe with
    /// <c>admin.admin.CompanyApiKeyDubboService.subscribe</c>.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="pattern">The path, e.g. <c>/cmfbl/bridge</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddCmfblBridgeNotifications</c> was not called, or the default verifier has no <c>PlatformPublicKey</c>.</exception>
    public static IEndpointConventionBuilder MapCmfblBridgeNotifications(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var processor = endpoints.ServiceProvider.GetService<BridgeProcessor>()
            ?? throw new InvalidOperationException("Call services.AddCmfblBridgeNotifications<THandler>(…) before app.MapCmfblBridgeNotifications(…).");
        if (processor.Verifier is OpenApiSignatureVerifier { HasKey: false })
        {
            throw new InvalidOperationException("Set BridgeNotificationOptions.PlatformPublicKey (the platform's RSA public key) or register your own IBridgeSignatureVerifier: Bridge notifications are not accepted unsigned.");
        }

        return endpoints.MapPost(pattern, processor.HandleAsync);
    }
}

using Cmfbl.Sdk.AspNetCore.Messages.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <content>The custom message channel.</content>
public static partial class CmfblReceiversEndpointRouteBuilderExtensions
{
    /// <summary>Maps the custom message endpoint (POST <paramref name="pattern"/>): the URL you configure for the SMS or e-mail "Custom" account in the platform's admin UI.</summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="pattern">The path, e.g. <c>/cmfbl/messages</c>.</param>
    /// <returns>The endpoint's convention builder.</returns>
    /// <exception cref="InvalidOperationException"><c>AddCmfblMessageChannel</c> was not called.</exception>
    /// <exception cref="ArgumentException">The configured private key could not be read.</exception>
    public static IEndpointConventionBuilder MapCmfblMessageChannel(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        var processor = endpoints.ServiceProvider.GetService<MessageProcessor>()
            ?? throw new InvalidOperationException("Call services.AddCmfblMessageChannel<THandler>(…) before app.MapCmfblMessageChannel(…).");
        return endpoints.MapPost(pattern, processor.HandleAsync);
    }
}

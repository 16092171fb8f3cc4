using System.Threading.RateLimiting;
using Cmfbl.Sdk.DependencyInjection.Internal;
using Cmfbl.Sdk.Http.Internal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Replaces the client-side rate limiter of the API-key families, for example with one shared by every instance of a service.</summary>
public static class CmfblSdkBuilderExtensions
{
    /// <summary>
    /// Limits the Open API's calls with limiters of your own, one per API key, instead of the built-in sliding window of
    /// <c>Cmfbl:OpenApi:Resilience:PermitsPerMinute</c> per process. A key is often shared by several instances of a
    /// service: a distributed limiter (for example on Redis) keeps the key's 100 calls a minute across all of them.
    /// </summary>
    /// <param name="builder">The SDK's builder.</param>
    /// <param name="limiterFactory">Makes the limiter of one API key (called once per key); it receives the container and the key.</param>
    /// <returns>The builder.</returns>
    public static ICmfblSdkBuilder UseOpenApiRateLimiter(this ICmfblSdkBuilder builder, Func<IServiceProvider, string, RateLimiter> limiterFactory) =>
        Register(builder, ApiFamily.OpenApi, limiterFactory);

    /// <summary>Limits the Bridge API's calls with a limiter of your own (per merchant API key), instead of the built-in sliding window per process.</summary>
    /// <param name="builder">The SDK's builder.</param>
    /// <param name="limiterFactory">Makes the limiter of the API key; it receives the container and the key.</param>
    /// <returns>The builder.</returns>
    public static ICmfblSdkBuilder UseBridgeApiRateLimiter(this ICmfblSdkBuilder builder, Func<IServiceProvider, string, RateLimiter> limiterFactory) =>
        Register(builder, ApiFamily.Bridge, limiterFactory);

    private static ICmfblSdkBuilder Register(ICmfblSdkBuilder builder, ApiFamily family, Func<IServiceProvider, string, RateLimiter> limiterFactory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(limiterFactory);
        builder.Services.AddSingleton(new RateLimiterRegistration(family, limiterFactory));
        return builder;
    }
}

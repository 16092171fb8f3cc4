using System.Threading.RateLimiting;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.DependencyInjection.Internal;

/// <summary>A limiter factory an application registered for one family (the last one registered wins).</summary>
/// <param name="Family">The family it limits.</param>
/// <param name="Create">Makes the limiter of one API key.</param>
internal sealed record RateLimiterRegistration(ApiFamily Family, Func<IServiceProvider, string, RateLimiter> Create);

using Cmfbl.Sdk;
using Cmfbl.Sdk.DependencyInjection.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Resilience.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Cmfbl SDK in a service collection.</summary>
/// <remarks>
/// Each API family has one named HTTP client. A call goes through the SDK's one handler, then the application's:
/// <list type="number">
/// <item><description>once per call: <c>trace</c>, <c>companyId</c>, <c>lang</c>, <c>idempotency-key</c>, the call's time limit, the HTTP 418 ban, the span, metrics and log line, and the translation of every failure into an SDK exception;</description></item>
/// <item><description>around the attempts, the family's resilience pipeline: retry by operation kind, circuit breaker, rate limiter, attempt time-out;</description></item>
/// <item><description>once per attempt: a fresh <c>timestamp</c>, then the <c>token</c> (renewed once on "login expired") or, for the Open and Bridge APIs, the API-key <c>signature</c> over the exact body sent (re-signed once with the server's time on "outside the time window"), and the encrypted body when the family encrypts;</description></item>
/// <item><description>on each answer: HTTP status and envelope <c>code</c> into typed exceptions, and <c>data</c> handed to the service method;</description></item>
/// <item><description>handlers the application adds through <see cref="ICmfblSdkBuilder"/> (once per attempt), then the network.</description></item>
/// </list>
/// </remarks>
public static partial class CmfblServiceCollectionExtensions
{
    /// <summary>Adds the SDK, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (base address, company id, credentials).</param>
    /// <returns>A builder exposing each family's HTTP client.</returns>
    public static ICmfblSdkBuilder AddCmfblSdk(this IServiceCollection services, Action<CmfblOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CmfblOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Adds the SDK, configured from a configuration section such as <c>configuration.GetSection("Cmfbl")</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="CmfblOptions"/> (keep the app secret in user secrets or environment variables).</param>
    /// <returns>A builder exposing each family's HTTP client.</returns>
    public static ICmfblSdkBuilder AddCmfblSdk(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CmfblOptions>().Bind(configuration);
        return AddCore(services);
    }

    /// <summary>
    /// Registers the SDK core and the Manager API alone, the other families left out: only for measuring what
    /// registering the whole surface costs against one family (benchmarks/Cmfbl.Sdk.Benchmarks, <c>SurfaceSize</c>).
    /// </summary>
    internal static void AddCmfblManagerApiOnly(this IServiceCollection services, Action<CmfblOptions> configure)
    {
        services.AddOptions<CmfblOptions>().Configure(configure);
        AddShared(services);
        AddManagerApi(services);
    }

    private static CmfblSdkBuilder AddCore(IServiceCollection services)
    {
        AddShared(services);
        var managerApi = AddManagerApi(services);
        var clientApi = AddClientApi(services);
        var openApi = AddOpenApi(services);
        var bridgeApi = AddBridgeApi(services);
        AddAuth2Api(services);
        AddStreams(services);
        return new CmfblSdkBuilder(services, managerApi, clientApi, openApi, bridgeApi);
    }

    /// <summary>What every family shares: validated options, the clock, the runtime (operation tables, Refit settings), each family's auth.</summary>
    private static void AddShared(IServiceCollection services)
    {
        services.AddOptions<CmfblOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CmfblOptions>, CmfblOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SdkRuntime>();
        services.TryAddSingleton<FamilyAuths>();
        services.TryAddSingleton<FamilyPipelines>();
    }
}

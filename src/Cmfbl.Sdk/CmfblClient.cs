using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk;

/// <summary>
/// The SDK without a dependency-injection container, for console tools and scripts. Create one per application and
/// dispose it at the end; it owns the HTTP connections. With a container, use <c>services.AddCmfblSdk(...)</c> instead.
/// </summary>
/// <example>
/// <code>
/// await using var client = CmfblClient.Create(new CmfblOptions { BaseAddress = new("https://prewppc-3.cmfbl.com"), CompanyId = 439 });
/// var page = await client.ManagerApi.WhiteCustomers.PageAsync(new());
/// </code>
/// </example>
public sealed class CmfblClient : IDisposable, IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private CmfblClient(ServiceProvider provider)
    {
        _provider = provider;
        ManagerApi = provider.GetRequiredService<ManagerApiServices>();
        ClientApi = provider.GetRequiredService<ClientApiServices>();
    }

    /// <summary>Gets the Manager API (B side) services.</summary>
    public ManagerApiServices ManagerApi { get; }

    /// <summary>Gets the Client API (C side): guest calls and customer sessions.</summary>
    public ClientApiServices ClientApi { get; }

    /// <summary>Creates a client and checks its options at once.</summary>
    /// <param name="options">The settings; they are copied, so later changes to the instance have no effect.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message says which.</exception>
    public static CmfblClient Create(CmfblOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var services = new ServiceCollection();
        services.AddCmfblSdk(target => Copy(options, target));
        var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<CmfblOptions>>().Value;
            return new CmfblClient(provider);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _provider.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static void CopyResilience(Resilience.CmfblResilienceOptions source, Resilience.CmfblResilienceOptions target)
    {
        target.AttemptTimeout = source.AttemptTimeout;
        target.MaxRetryAttempts = source.MaxRetryAttempts;
        target.RetryBaseDelay = source.RetryBaseDelay;
        target.MaxRetryDelay = source.MaxRetryDelay;
        target.CircuitBreakerFailureRatio = source.CircuitBreakerFailureRatio;
        target.CircuitBreakerMinimumThroughput = source.CircuitBreakerMinimumThroughput;
        target.CircuitBreakerSamplingDuration = source.CircuitBreakerSamplingDuration;
        target.CircuitBreakerBreakDuration = source.CircuitBreakerBreakDuration;
        target.DefaultBanDuration = source.DefaultBanDuration;
        target.PermitsPerMinute = source.PermitsPerMinute;
        target.QueueLimit = source.QueueLimit;
    }

    private static void Copy(CmfblOptions source, CmfblOptions target)
    {
        target.BaseAddress = source.BaseAddress;
        target.Environment = source.Environment;
        target.CompanyId = source.CompanyId;
        target.Language = source.Language;
        target.Timeout = source.Timeout;
        target.AllowInsecureLoopback = source.AllowInsecureLoopback;
        target.ManagerApi.AppId = source.ManagerApi.AppId;
        target.ManagerApi.AppSecret = source.ManagerApi.AppSecret;
        target.ManagerApi.BaseAddress = source.ManagerApi.BaseAddress;
        target.ManagerApi.PathPrefix = source.ManagerApi.PathPrefix;
        target.ManagerApi.AuthPathPrefix = source.ManagerApi.AuthPathPrefix;
        target.ClientApi.BaseAddress = source.ClientApi.BaseAddress;
        target.ClientApi.PathPrefix = source.ClientApi.PathPrefix;
        CopyResilience(source.ManagerApi.Resilience, target.ManagerApi.Resilience);
        CopyResilience(source.ClientApi.Resilience, target.ClientApi.Resilience);
    }
}

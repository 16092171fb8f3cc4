using Cmfbl.Sdk.BridgeApi;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Streams;
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
        Auth2 = provider.GetRequiredService<Auth2.Auth2Services>();
        Streams = provider.GetRequiredService<ICmfblStreams>();
        BridgeApi = provider.GetRequiredService<BridgeApiServices>();
        ServerClock = provider.GetRequiredService<Security.IServerClock>();
    }

    /// <summary>Gets the Manager API (B side) services.</summary>
    public ManagerApiServices ManagerApi { get; }

    /// <summary>Gets the Client API (C side): guest calls and customer sessions.</summary>
    public ClientApiServices ClientApi { get; }

    /// <summary>Gets the Auth2 API: third-party login with a white-label account (authorization code, access token, user, refresh).</summary>
    public Auth2.Auth2Services Auth2 { get; }

    /// <summary>Gets the push streams: quotes, a customer's messages, Manager events.</summary>
    public ICmfblStreams Streams { get; }

    /// <summary>Gets the Bridge API (orders on external exchanges), signed with <see cref="BridgeApiOptions.ApiKey"/>.</summary>
    public BridgeApiServices BridgeApi { get; }

    /// <summary>Gets the estimate of the server's clock that stamps API-key calls (for diagnostics).</summary>
    public Security.IServerClock ServerClock { get; }

    /// <summary>Creates a client and checks its options at once.</summary>
    /// <param name="options">The settings, used as given: do not change them after this call.</param>
    /// <returns>The client.</returns>
    /// <exception cref="OptionsValidationException">A setting is missing or wrong; the message says which.</exception>
    public static CmfblClient Create(CmfblOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validation = new CmfblOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CmfblOptions), validation.Failures);
        }

        var services = new ServiceCollection();
        services.AddCmfblSdk(static _ => { });
        services.AddSingleton(Options.Create(options));
        return new CmfblClient(services.BuildServiceProvider());
    }

    /// <inheritdoc/>
    public void Dispose() => _provider.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}

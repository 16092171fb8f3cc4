namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Returned by <c>AddCmfblSdk</c>: the service collection, and the HTTP client of each API family, so an application
/// can add its own handlers (they run innermost, next to the network) or configure the primary handler.
/// </summary>
public interface ICmfblSdkBuilder
{
    /// <summary>Gets the service collection the SDK was added to.</summary>
    IServiceCollection Services { get; }

    /// <summary>Gets the HTTP client of the Manager API (B side).</summary>
    IHttpClientBuilder ManagerApi { get; }

    /// <summary>Gets the HTTP client of the Client API (C side); customer sessions send through it too.</summary>
    IHttpClientBuilder ClientApi { get; }

    /// <summary>Gets the HTTP client of the Open API; the sessions of <c>ICustomerSessions.FromApiKey</c> send through it.</summary>
    IHttpClientBuilder OpenApi { get; }

    /// <summary>Gets the HTTP client of the Bridge API.</summary>
    IHttpClientBuilder BridgeApi { get; }
}

using Cmfbl.Sdk.Benchmarks.Baseline;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>Builds the two contestants the way an application does.</summary>
public static class Clients
{
    public const long CompanyId = 439;
    public const string AppId = "bench-app-id";
    public const string AppSecret = "bench-app-secret";

    /// <summary>The in-memory host; the transport ignores it.</summary>
    public static readonly Uri InMemoryHost = new("https://api.bench.example");

    /// <summary>
    /// The SDK as an application registers it: <c>AddCmfblSdk</c> with its whole pipeline (headers, resilience, auth,
    /// envelope), and the transport as every client's primary handler (<c>null</c>: the default socket handler).
    /// </summary>
    /// <param name="host">The base address.</param>
    /// <param name="transport">The primary handler of every client.</param>
    /// <param name="managerApiOnly">Registers the Manager API alone instead of every family (for <see cref="SurfaceColdStart"/>).</param>
    public static ServiceProvider BuildSdk(Uri host, HttpMessageHandler? transport, bool managerApiOnly = false)
    {
        var services = new ServiceCollection();
        Action<CmfblOptions> configure = options =>
        {
            options.BaseAddress = host;
            options.CompanyId = CompanyId;
            options.AllowInsecureLoopback = true;
            options.ManagerApi.AppId = AppId;
            options.ManagerApi.AppSecret = AppSecret;
        };
        if (managerApiOnly)
        {
            services.AddCmfblManagerApiOnly(configure);
        }
        else
        {
            services.AddCmfblSdk(configure);
        }

        if (transport is not null)
        {
            services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => transport));
        }

        return services.BuildServiceProvider();
    }

    /// <summary>The baseline: one <see cref="HttpClient"/> over the same transport (<c>null</c>: the default socket handler).</summary>
    public static (HttpClient Http, BaselineClient Client) BuildBaseline(Uri host, HttpMessageHandler? transport)
    {
        var http = transport is null ? new HttpClient() : new HttpClient(transport, disposeHandler: false);
        http.BaseAddress = new Uri(host, "/openapi-b/");
        return (http, new BaselineClient(http, CompanyId, AppId, AppSecret));
    }
}

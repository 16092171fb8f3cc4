using Cmfbl.Sdk.ManagerApi.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>
/// A hand-written client built on the libraries the SDK is built on, the way their documentation shows: a DI
/// container, <c>IHttpClientFactory</c> with a headers handler and a Polly handler, a Refit interface over
/// source-generated System.Text.Json metadata (metadata mode, in its own context) for the SDK's public models, the token
/// fetched once, and a manual <c>code == "0"</c> check. It answers "how much of the SDK's cold start is the
/// libraries": none of the SDK's own code runs in it.
/// </summary>
public sealed class SameLibrariesClient(ISameLibrariesApi api, string appId, string appSecret)
{
    private string? _token;

    /// <summary>Registers the client the way an application would, on the given libraries.</summary>
    /// <param name="host">The server.</param>
    /// <param name="transport">The primary handler; <see langword="null"/> for the default socket handler.</param>
    /// <param name="layers">The libraries the client is built on.</param>
    public static ServiceProvider Build(Uri host, HttpMessageHandler? transport, LibraryLayers layers = LibraryLayers.All)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        if (layers.HasFlag(LibraryLayers.Factory))
        {
            services.AddTransient(_ => new CallHeadersHandler(Clients.CompanyId));
            var client = services.AddHttpClient("cmfbl", client => client.BaseAddress = host)
                .AddHttpMessageHandler<CallHeadersHandler>();
            if (transport is not null)
            {
                client.ConfigurePrimaryHttpMessageHandler(() => transport);
            }

            if (layers.HasFlag(LibraryLayers.Polly))
            {
                services.AddTransient(provider => new PollyHandler(provider.GetRequiredService<ILoggerFactory>()));
                client.AddHttpMessageHandler<PollyHandler>();
            }

            services.AddSingleton(provider => provider.GetRequiredService<IHttpClientFactory>().CreateClient("cmfbl"));
        }
        else
        {
            services.AddSingleton(provider =>
            {
                var inner = transport ?? new SocketsHttpHandler();
                if (layers.HasFlag(LibraryLayers.Polly))
                {
                    inner = new PollyHandler(provider.GetRequiredService<ILoggerFactory>()) { InnerHandler = inner };
                }

                return new HttpClient(new CallHeadersHandler(Clients.CompanyId) { InnerHandler = inner }, disposeHandler: false) { BaseAddress = host };
            });
        }

        if (layers.HasFlag(LibraryLayers.Refit))
        {
            var settings = new RefitSettings(new SystemTextJsonContentSerializer(SameLibrariesJsonContext.Default.Options));
            services.AddSingleton(provider => RestService.For<ISameLibrariesApi>(provider.GetRequiredService<HttpClient>(), settings));
        }
        else
        {
            services.AddSingleton<ISameLibrariesApi>(provider => new PlainHttpApi(provider.GetRequiredService<HttpClient>()));
        }

        services.AddSingleton(provider => new SameLibrariesClient(provider.GetRequiredService<ISameLibrariesApi>(), Clients.AppId, Clients.AppSecret));
        return services.BuildServiceProvider();
    }

    public async Task<LibPage<CustomerRecord>> PageAsync(PageRequest request, CancellationToken cancellationToken = default) =>
        Data(await api.PageAsync(request, await TokenAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));

    public async Task<CustomerDetail> DetailAsync(DetailRequest request, CancellationToken cancellationToken = default) =>
        Data(await api.DetailAsync(request, await TokenAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));

    public async Task<int> CheckCustomerExistAsync(CheckExistRequest request, CancellationToken cancellationToken = default) =>
        Data(await api.CheckCustomerExistAsync(request, cancellationToken).ConfigureAwait(false));

    public async Task<string> AddCustomerAsync(AddCustomerBody request, CancellationToken cancellationToken = default) =>
        Data(await api.AddCustomerAsync(request, await TokenAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));

    private async ValueTask<string> TokenAsync(CancellationToken cancellationToken) =>
        _token ??= Data(await api.AuthAsync(new AuthRequest { AppId = appId, AppSecret = appSecret }, cancellationToken).ConfigureAwait(false)).Token
            ?? throw new InvalidOperationException("auth returned no token");

    private static T Data<T>(LibEnvelope<T> envelope) =>
        envelope.Code == "0" ? envelope.Data! : throw new BaselineApiException(envelope.Code, envelope.Msg, envelope.Trace);
}

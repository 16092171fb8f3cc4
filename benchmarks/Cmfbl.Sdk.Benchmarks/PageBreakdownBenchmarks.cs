using System.Globalization;
using BenchmarkDotNet.Attributes;
using Cmfbl.Sdk.Benchmarks.Baseline;
using Cmfbl.Sdk.Benchmarks.Infrastructure;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Pagination;
using Cmfbl.Sdk.Serialization.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// Where the SDK's time and allocations go on the in-memory <c>page</c> call: the same call built up one layer at a
/// time, from the hand-written baseline to the full DI pipeline. Not part of the default run (it is the profile
/// behind docs/performance.md); run it with <c>--filter *PageBreakdown*</c>.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class PageBreakdown
{
    private InMemoryTransport Transport { get; } = new();
    private readonly List<IDisposable> _owned = [];
    private HttpClient _plain = null!;
    private BaselineClient _baseline = null!;
    private IWhiteCustomerAdminApiService _refitCall = null!;
    private IWhiteCustomerAdminApiService _sdk = null!;
    private IWhiteCustomerAdminApiService _sdkNoHttpLogging = null!;
    private IWhiteCustomerAdminApiService _sdkNoRetry = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        (_plain, _baseline) = Clients.BuildBaseline(Clients.InMemoryHost, Transport);
        _owned.Add(_plain);

        var options = new CmfblOptions { BaseAddress = Clients.InMemoryHost, CompanyId = Clients.CompanyId };
        var operations = Cmfbl.Sdk.ManagerApi.Internal.ManagerOperations.Table();
        var settings = RefitSettingsFactory.Create();
        var address = new Uri(Clients.InMemoryHost, "/openapi-b/");
        IWhiteCustomerAdminApiService Refit(params DelegatingHandler[] handlers)
        {
            HttpMessageHandler next = Transport;
            for (var i = handlers.Length - 1; i >= 0; i--)
            {
                handlers[i].InnerHandler = next;
                next = handlers[i];
            }

            var http = new HttpClient(next, disposeHandler: false) { BaseAddress = address, Timeout = Timeout.InfiniteTimeSpan };
            _owned.Add(http);
            return RestService.For<IWhiteCustomerAdminApiService>(http, settings);
        }

        _refitCall = Refit(new CallHandler(
            operations,
            options,
            TimeProvider.System,
            NullLogger.Instance,
            new AttemptSender(new FamilyAuth { Tokens = new FixedToken() }, TimeProvider.System, NullLogger.Instance)));

        _sdk = Sdk(static _ => { });
        _sdkNoHttpLogging = Sdk(static services => services.ConfigureHttpClientDefaults(client => client.RemoveAllLoggers()));
        _sdkNoRetry = Sdk(static services => services.Configure<CmfblOptions>(o => o.ManagerApi.Resilience.MaxRetryAttempts = 0));

        foreach (var service in new[] { _refitCall, _sdk, _sdkNoHttpLogging, _sdkNoRetry })
        {
            await service.PageAsync(SdkRequests.Page).ConfigureAwait(false);
        }

        await Baseline().ConfigureAwait(false);
        await BaselineCopyEnvelopeSdkModels().ConfigureAwait(false);
    }

    private IWhiteCustomerAdminApiService Sdk(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        services.AddCmfblSdk(options =>
        {
            options.BaseAddress = Clients.InMemoryHost;
            options.CompanyId = Clients.CompanyId;
            options.ManagerApi.AppId = Clients.AppId;
            options.ManagerApi.AppSecret = Clients.AppSecret;
        });
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => Transport));
        var provider = services.BuildServiceProvider();
        _owned.Add(provider);
        return provider.GetRequiredService<IWhiteCustomerAdminApiService>();
    }

    [GlobalCleanup]
    public void Cleanup() => _owned.ForEach(static owned => owned.Dispose());

    /// <summary>The hand-written client.</summary>
    [Benchmark(Baseline = true)]
    public Task<Page<CustomerRow>> Baseline() => _baseline.PageAsync(BaselineRequests.Page);

    /// <summary>HttpClient, no Refit, no handlers: read the body into an array, the SDK's envelope reader, then the SDK's models and converters on the data slice.</summary>
    [Benchmark]
    public async Task<PagedResult<CustomerRecord>> BaselineCopyEnvelopeSdkModels()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Payloads.PageBizType) { Content = new ByteArrayContent(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(SdkRequests.Page, ManagerJsonContext.Default.CustomerPageRequest)) };
        request.Headers.TryAddWithoutValidation("companyId", "439");
        using var response = await _plain.SendAsync(request).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        if (!EnvelopeReader.TryRead(body, out var envelope) || !envelope.Code.IsSuccessCode(body))
        {
            throw new InvalidOperationException("not a success envelope");
        }

        return System.Text.Json.JsonSerializer.Deserialize(body.AsSpan(envelope.Data.Start, envelope.Data.Length), ManagerJsonContext.Default.PagedResultCustomerRecord)!;
    }

    /// <summary>Refit (generated client, SDK settings) + the call handler without a resilience pipeline: headers, time limit, span, metrics, logs, then the attempt (timestamp, token) and the envelope.</summary>
    [Benchmark]
    public Task<PagedResult<CustomerRecord>> RefitCallHandler() => _refitCall.PageAsync(SdkRequests.Page);

    /// <summary>The SDK from DI, retries off (no retry strategy in the Polly pipeline).</summary>
    [Benchmark]
    public Task<PagedResult<CustomerRecord>> SdkNoRetry() => _sdkNoRetry.PageAsync(SdkRequests.Page);

    /// <summary>The SDK from DI without IHttpClientFactory's logging handlers.</summary>
    [Benchmark]
    public Task<PagedResult<CustomerRecord>> SdkNoHttpLogging() => _sdkNoHttpLogging.PageAsync(SdkRequests.Page);

    /// <summary>The SDK from DI, as shipped (= PageCall.Sdk).</summary>
    [Benchmark]
    public Task<PagedResult<CustomerRecord>> Sdk() => _sdk.PageAsync(SdkRequests.Page);

    private sealed class FixedToken : ITokenSource
    {
        private static readonly string Token = string.Create(CultureInfo.InvariantCulture, $"bench-token-{Environment.ProcessId}");

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Token);

        public ValueTask<string> RenewAsync(string rejectedToken, CancellationToken cancellationToken) => ValueTask.FromResult(Token);
    }
}

/// <summary>
/// The <c>data</c> of the <c>page</c> answer (20 records) deserialized from memory, no HTTP: the SDK's models and
/// converters against the baseline's plain DTOs. Part of the <see cref="PageBreakdown"/> profile.
/// </summary>
[SteadyStateJob]
[MemoryDiagnoser]
public class PageDataBreakdown
{
    private byte[] _data = null!;
    private byte[] _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = _body = Payloads.Page;
        EnvelopeReader.TryRead(body, out var envelope);
        _data = body.AsSpan(envelope.Data.Start, envelope.Data.Length).ToArray();
        Console.WriteLine($"// page answer: {body.Length} bytes, data: {_data.Length} bytes");
    }

    [Benchmark(Baseline = true)]
    public Page<CustomerRow>? BaselineDtos() => System.Text.Json.JsonSerializer.Deserialize(_data, BaselineJsonContext.Default.PageCustomerRow);

    [Benchmark]
    public PagedResult<CustomerRecord>? SdkModels() => System.Text.Json.JsonSerializer.Deserialize(_data, ManagerJsonContext.Default.PagedResultCustomerRecord);

    [Benchmark]
    public byte[] CopyOfData() => _data.AsSpan().ToArray();

    /// <summary>
    /// A validating pass over the whole answer (<c>Utf8JsonReader.Skip</c> over data): what the SDK paid before the model
    /// read, until it learnt to stop at data when code "0" comes first and read the model from there in one pass.
    /// </summary>
    [Benchmark]
    public bool EnvelopePass() => EnvelopeReader.TryRead(_body, out _);
}

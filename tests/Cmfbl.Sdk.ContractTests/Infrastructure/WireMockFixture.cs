using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using WireMock;
using WireMock.Admin.Mappings;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// One in-process WireMock.Net server on 127.0.0.1 (a port the OS picks) for the test collection, serving the mapping
/// files in <c>Mappings/</c> (WireMock.Net's mapping format). Stopped when the collection ends.
/// </summary>
public sealed class WireMockFixture : IAsyncLifetime
{
    // A misspelt property fails the load instead of silently loosening a mapping; a date-like string stays a string
    // (as WireMock.Net reads request bodies), so bodies are served and matched verbatim.
    private static readonly JsonSerializerSettings MappingFileSettings = new()
    {
        MissingMemberHandling = MissingMemberHandling.Error,
        DateParseHandling = DateParseHandling.None,
    };

    private readonly RequestJournal _journal = new();
    private readonly Dictionary<Guid, string> _files = [];
    private WireMockServer? _server;

    public Uri BaseAddress { get; private set; } = null!;

    private WireMockServer Server => _server ?? throw new InvalidOperationException("The WireMock.Net server is not started.");

    public async Task InitializeAsync()
    {
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = ["http://127.0.0.1:0"],
            StartAdminInterface = false,
            Logger = new WireMockNullLogger(),
            PreWireMockMiddlewareInit = app =>
            {
                var builder = (IApplicationBuilder)app;
                builder.Use(_journal.RecordAsync);
                builder.Use(TransportFaults.ApplyAsync);
            },
        });
        BaseAddress = new Uri(Server.Url + "/");
        Server.WithMapping(LoadMappings());
        await WarmUpAsync();
    }

    public Task DisposeAsync()
    {
        _server?.Stop();
        _server?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Builds the SDK as a user does (DI, real HttpClient and handlers) against this server, with the contract
    /// credentials; <paramref name="configure"/> adjusts the options.
    /// </summary>
    public ServiceProvider CreateSdk(Action<CmfblOptions>? configure = null, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddCmfblSdk(options =>
        {
            options.BaseAddress = BaseAddress;
            options.AllowInsecureLoopback = true;
            options.CompanyId = Constants.CompanyId;
            options.ManagerApi.AppId = Constants.AppId;
            options.ManagerApi.AppSecret = Constants.AppSecret;
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider();
    }

    /// <summary>Forgets every received request and puts every scenario back in its first state.</summary>
    public void Reset()
    {
        _journal.Clear();
        Server.ResetLogEntries();
        Server.ResetScenarios();
    }

    /// <summary>How many requests with this method and URL path the server received since the last reset.</summary>
    public int Count(string path, string method = "POST") => _journal.Find(path, method).Count;

    /// <summary>The requests received for a URL path since the last reset, oldest first.</summary>
    public IReadOnlyList<ReceivedRequest> Requests(string path, string method = "POST") => _journal.Find(path, method);

    /// <summary>
    /// Serves a mapping built in code (the same model as a mapping file) until <see cref="Withdraw"/>; the tests of the
    /// collection run one at a time, so a test can serve its own answer for a path that a file mapping also serves.
    /// </summary>
    /// <returns>The mapping's id, for <see cref="Withdraw"/> and <see cref="AnsweredBy"/>.</returns>
    public Guid Serve(MappingModel mapping)
    {
        var guid = mapping.Guid ??= Guid.NewGuid();
        Server.WithMapping(mapping);
        return guid;
    }

    /// <summary>Stops serving a mapping added with <see cref="Serve"/>.</summary>
    public void Withdraw(Guid mapping) => Server.DeleteMapping(mapping);

    /// <summary>The raw query string (without <c>?</c>) of the last request for a URL path, or null when none came.</summary>
    public string? LastQuery(string path) => Server.LogEntries
        .Where(e => e.RequestMessage.Path == path)
        .OrderBy(e => e.RequestMessage.DateTime)
        .LastOrDefault()?.RequestMessage.RawQuery?.TrimStart('?');

    /// <summary>
    /// The mapping that answered each request for a URL path since the last reset (null: none matched), oldest first.
    /// WireMock.Net logs a request before it writes the answer, so a request whose answer arrived is here.
    /// </summary>
    public IReadOnlyList<Guid?> AnsweredBy(string path) => Server.LogEntries
        .Where(e => e.RequestMessage.Path == path)
        .OrderBy(e => e.RequestMessage.DateTime)
        .Select(e => e.MappingGuid)
        .ToArray();

    /// <summary>Fails with a near-miss report when any request since the last reset matched no mapping.</summary>
    public void AssertNoUnmatchedRequests()
    {
        var unmatched = Server.LogEntries.Where(e => e.MappingGuid is null).ToArray();
        if (unmatched.Length > 0)
        {
            Assert.Fail(NearMissReport.For(unmatched, Server.Mappings, Describe));
        }
    }

    /// <summary>
    /// Calls <c>page</c> once through the SDK (auth included), then forgets it: the first call compiles the SDK's and
    /// the server's pipelines, both in this process, which takes a second or more on a busy machine and would
    /// otherwise fall inside the first test's calls (and could exceed the fault matrix's 1 s attempt time-out).
    /// </summary>
    private async Task WarmUpAsync()
    {
        await using var sdk = CreateSdk();
        try
        {
            await sdk.GetRequiredService<ManagerApiServices>().WhiteCustomers.PageAsync(new());
        }
        catch (CmfblException)
        {
            // A broken auth or page mapping: the pipelines are compiled all the same, and the tests that use those
            // mappings fail with the near-miss report, instead of the whole collection failing here.
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>Reads one mapping file (a path under <c>Mappings/</c>, for example <c>Faults/addCus-reset.json</c>), for a test that serves its answer elsewhere.</summary>
    public static MappingModel ReadMapping(string relativePath)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Mappings", relativePath);
        return JsonConvert.DeserializeObject<MappingModel>(File.ReadAllText(file), MappingFileSettings)
            ?? throw new InvalidOperationException($"Mappings/{relativePath} holds no mapping.");
    }

    private MappingModel[] LoadMappings()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Mappings");
        var models = new List<MappingModel>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/');
            MappingModel? model;
            try
            {
                model = JsonConvert.DeserializeObject<MappingModel>(File.ReadAllText(file), MappingFileSettings);
            }
            catch (JsonException invalid)
            {
                throw new InvalidOperationException($"{relative} is not a WireMock.Net mapping: {invalid.Message}", invalid);
            }

            model = model ?? throw new InvalidOperationException($"{relative} holds no mapping.");
            model.Guid ??= Guid.NewGuid();
            _files.Add(model.Guid.Value, relative);
            models.Add(model);
        }

        return models.Count > 0 ? [.. models] : throw new InvalidOperationException($"No mapping files under {root}.");
    }

    private string Describe(IMapping mapping)
    {
        var text = $"{mapping.Title} ({_files.GetValueOrDefault(mapping.Guid, "added in code")})";
        if (mapping.Scenario is { } scenario)
        {
            var now = Server.Scenarios.TryGetValue(scenario, out var state) ? state.NextState : null;
            text += $", scenario {scenario} requires state {mapping.ExecutionConditionState ?? "(start)"}, now {now ?? "(start)"}";
        }

        return text;
    }
}

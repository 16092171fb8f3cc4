using System.Net;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Tests.Diagnostics;

/// <summary>
/// What an application's log shows at the Host's default levels (Information and above, no filters): the SDK's own
/// lines only, a business error the caller catches without a stack trace, a transport failure at Warning with it.
/// </summary>
public sealed class LoggingDefaultsTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string EmptyPage = """{"current":1,"size":20,"total":0,"records":[]}""";

    [Fact]
    public async Task Call_AtDefaultLevels_WritesNoInformationLineFromFrameworkCategories()
    {
        var logs = new CapturingLoggerProvider();
        using var sdk = Harness(logs);
        sdk.Stub.OnData(Page, EmptyPage);

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(3, sdk.Stub.Requests.Count);   // auth, then two pages: the calls went through the whole pipeline
        var framework = Visible(logs).Where(e => !e.Category.StartsWith("Cmfbl.Sdk", StringComparison.Ordinal)).ToArray();
        Assert.True(framework.Length == 0, string.Join(Environment.NewLine, framework.Select(e => e.Line)));
    }

    [Fact]
    public async Task Call_WithTheFactoryLoggerAddedBack_WritesItsLines()
    {
        // The other side of the test above: the capture sees HttpClientFactory's lines when an application asks for them.
        var logs = new CapturingLoggerProvider();
        using var sdk = Harness(logs, builder => builder.ManagerApi.AddDefaultLogger());
        sdk.Stub.OnData(Page, EmptyPage);

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Contains(Visible(logs), e => e.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal) && e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task CaughtBusinessError_IsLoggedAtInformation_WithoutAStackTrace()
    {
        var logs = new CapturingLoggerProvider();
        using var sdk = Harness(logs);
        sdk.Stub.OnJson(Page, Envelope.Error(CmfblErrorCodes.PhoneExists, bizCode: "CUSTOMER", msg: "phone exists", trace: "t-business"));

        await Assert.ThrowsAsync<CmfblApiException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        var visible = Visible(logs);
        var line = Assert.Single(visible, e => e.Message.Contains(CmfblErrorCodes.PhoneExists, StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.StartsWith("Cmfbl.Sdk", line.Category, StringComparison.Ordinal);
        Assert.Null(line.Exception);
        Assert.DoesNotContain(visible, e => e.Exception is not null || e.Line.Contains("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain(visible, e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task TransportFailure_IsLoggedAtWarning_WithTheException()
    {
        var logs = new CapturingLoggerProvider();
        using var sdk = Harness(logs, configure: options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);
        sdk.Stub.On(Page, _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        var line = Assert.Single(Visible(logs), e => e.Category.StartsWith("Cmfbl.Sdk", StringComparison.Ordinal) && e.Level == LogLevel.Warning);
        Assert.Contains(Page, line.Message, StringComparison.Ordinal);
        Assert.IsType<CmfblServiceUnavailableException>(line.Exception);
    }

    [Fact]
    public async Task Retry_IsStillReportedAtWarning()
    {
        // Quieting Polly's per-attempt Information line leaves the events that matter: a retry is a Warning.
        var logs = new CapturingLoggerProvider();
        using var sdk = Harness(logs, configure: options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1));
        var attempts = 0;
        sdk.Stub.On(Page, _ => Interlocked.Increment(ref attempts) == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : StubHandler.Json(Envelope.Success(EmptyPage)));

        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(2, attempts);
        Assert.Contains(Visible(logs), e => e.Category == "Polly" && e.Level == LogLevel.Warning);
    }

    /// <summary>The SDK with logging as a default Host sets it up: minimum level Information, no category filters.</summary>
    private static SdkHarness Harness(CapturingLoggerProvider logs, Action<ICmfblSdkBuilder>? sdk = null, Action<CmfblOptions>? configure = null) =>
        new(configure, services: services => services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information)), sdk: sdk);

    /// <summary>The lines a sink at Information would print (the capture keeps every level; the factory filters).</summary>
    private static CapturedLog[] Visible(CapturingLoggerProvider logs) => logs.Entries.Where(e => e.Level >= LogLevel.Information).ToArray();
}

using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Resilience;
using Cmfbl.Sdk.Resilience.Internal;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Polly;

namespace Cmfbl.Sdk.Tests.Resilience;

/// <summary>
/// Resilience settings outside what the pipeline's strategies accept are refused when the SDK starts, with the
/// setting's name, instead of failing inside the resilience library on the first call; the bounds themselves work.
/// </summary>
public sealed class ResilienceBoundsTests
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    public static TheoryData<string, Action<CmfblResilienceOptions>> OutOfBounds => new()
    {
        { "AttemptTimeout", r => r.AttemptTimeout = TimeSpan.FromMilliseconds(5) },
        { "AttemptTimeout", r => r.AttemptTimeout = TimeSpan.FromDays(2) },
        { "RetryBaseDelay", r => { r.RetryBaseDelay = TimeSpan.FromDays(2); r.MaxRetryDelay = TimeSpan.FromDays(3); } },
        { "MaxRetryDelay", r => r.MaxRetryDelay = TimeSpan.FromDays(2) },
        { "SamplingDuration", r => r.CircuitBreakerSamplingDuration = TimeSpan.FromDays(2) },
        { "BreakDuration", r => r.CircuitBreakerBreakDuration = TimeSpan.FromDays(2) },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void Create_ResilienceSettingOutOfBounds_FailsAtStartNamingIt(string setting, Action<CmfblResilienceOptions> change)
    {
        foreach (var family in Families)
        {
            var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(CmfblOptionsTests.Valid(o => change(family(o)))));

            Assert.Contains(setting, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Create_CallTimeoutBeyondWhatATimerTakes_FailsAtStartNamingIt()
    {
        var exception = Assert.Throws<OptionsValidationException>(() => CmfblClient.Create(CmfblOptionsTests.Valid(o => o.Timeout = TimeSpan.FromDays(60))));

        Assert.Contains("Cmfbl:Timeout", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<CmfblResilienceOptions>> AtTheBounds => new()
    {
        {
            "lowest", r =>
            {
                r.AttemptTimeout = TimeSpan.FromMilliseconds(10);
                r.MaxRetryAttempts = 1;
                r.RetryBaseDelay = TimeSpan.Zero;
                r.MaxRetryDelay = TimeSpan.Zero;
                r.CircuitBreakerSamplingDuration = TimeSpan.FromMilliseconds(500);
                r.CircuitBreakerBreakDuration = TimeSpan.FromMilliseconds(500);
            }
        },
        {
            "highest", r =>
            {
                r.AttemptTimeout = TimeSpan.FromDays(1);
                r.MaxRetryAttempts = 10;
                r.RetryBaseDelay = TimeSpan.FromDays(1);
                r.MaxRetryDelay = TimeSpan.FromDays(1);
                r.CircuitBreakerSamplingDuration = TimeSpan.FromDays(1);
                r.CircuitBreakerBreakDuration = TimeSpan.FromDays(1);
                r.PermitsPerMinute = 1;
            }
        },
    };

    [Theory]
    [MemberData(nameof(AtTheBounds))]
    public void Configure_SettingsAtTheBoundsTheSdkAccepts_BuildAPipelineTheResilienceLibraryAccepts(string bounds, Action<CmfblResilienceOptions> set)
    {
        using var client = CmfblClient.Create(CmfblOptionsTests.Valid(o => set(o.ManagerApi.Resilience)));
        var resilience = new CmfblResilienceOptions();
        set(resilience);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();

        ResiliencePipelines.Configure(builder, resilience, TimeProvider.System);

        var pipeline = builder.Build();

        Assert.True(pipeline is not null, $"the {bounds} settings build no pipeline");
    }

    [Fact]
    public async Task Call_HighestSettings_IsMade()
    {
        using var sdk = new SdkHarness(options =>
        {
            options.Timeout = TimeSpan.FromDays(40);
            var resilience = options.ManagerApi.Resilience;
            resilience.AttemptTimeout = TimeSpan.FromDays(1);
            resilience.RetryBaseDelay = TimeSpan.FromDays(1);
            resilience.MaxRetryDelay = TimeSpan.FromDays(1);
            resilience.CircuitBreakerSamplingDuration = TimeSpan.FromDays(1);
            resilience.CircuitBreakerBreakDuration = TimeSpan.FromDays(1);
        });
        sdk.Stub.On(Page, _ => StubHandler.Json(Envelope.Success("""{"current":1,"size":20,"total":0,"records":[]}""")));

        var page = await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Empty(page.Records);
        Assert.Single(sdk.Stub.RequestsTo(Page));
    }

    private static IEnumerable<Func<CmfblOptions, CmfblResilienceOptions>> Families =>
    [
        o => o.ManagerApi.Resilience,
        o => o.ClientApi.Resilience,
        o => o.OpenApi.Resilience,
        o => o.BridgeApi.Resilience,
        o => o.Auth2.Resilience,
    ];
}

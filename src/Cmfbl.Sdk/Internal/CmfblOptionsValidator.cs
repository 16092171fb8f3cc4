using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.Internal;

/// <summary>Checks <see cref="CmfblOptions"/> when the SDK starts, with messages that say which setting to fix.</summary>
internal sealed class CmfblOptionsValidator : IValidateOptions<CmfblOptions>
{
    /// <summary>The longest wait a .NET timer takes (<see cref="uint.MaxValue"/> − 1 milliseconds, about 49.7 days).</summary>
    internal static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    private static readonly TimeSpan OneDay = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, CmfblOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseAddress is null && CmfblEnvironment.Find(options.Environment) is null)
        {
            failures.Add(options.Environment is null
                ? "Cmfbl:BaseAddress is required (for example https://prewppc-3.cmfbl.com), or set Cmfbl:Environment to Pre or Production."
                : $"Cmfbl:Environment '{options.Environment}' is not known: use Pre or Production, or set Cmfbl:BaseAddress.");
        }

        CheckAddress(options.BaseAddress, "Cmfbl:BaseAddress", options.AllowInsecureLoopback, failures);
        CheckAddress(options.ManagerApi.BaseAddress, "Cmfbl:ManagerApi:BaseAddress", options.AllowInsecureLoopback, failures);
        CheckAddress(options.ClientApi.BaseAddress, "Cmfbl:ClientApi:BaseAddress", options.AllowInsecureLoopback, failures);
        CheckAddress(options.OpenApi.BaseAddress, "Cmfbl:OpenApi:BaseAddress", options.AllowInsecureLoopback, failures);
        CheckAddress(options.BridgeApi.BaseAddress, "Cmfbl:BridgeApi:BaseAddress", options.AllowInsecureLoopback, failures);
        CheckAddress(options.Auth2.BaseAddress, "Cmfbl:Auth2:BaseAddress", options.AllowInsecureLoopback, failures);
        if (options.CompanyId <= 0)
        {
            failures.Add("Cmfbl:CompanyId is required: the white-label company id the vendor issued (a positive number; the PRE test company is 439).");
        }

        if (string.IsNullOrWhiteSpace(options.Language))
        {
            failures.Add("Cmfbl:Language must not be empty (for example en-US or zh-CN).");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestTimer)
        {
            failures.Add("Cmfbl:Timeout must be positive and at most 49 days (the longest a timer waits).");
        }

        if (string.IsNullOrEmpty(options.ManagerApi.AppId) != string.IsNullOrEmpty(options.ManagerApi.AppSecret))
        {
            failures.Add("Cmfbl:ManagerApi:AppId and Cmfbl:ManagerApi:AppSecret go together: set both (Manager API) or neither (Client API only).");
        }

        CheckResilience(options.ManagerApi.Resilience, "Cmfbl:ManagerApi:Resilience", failures);
        CheckResilience(options.ClientApi.Resilience, "Cmfbl:ClientApi:Resilience", failures);
        CheckResilience(options.Auth2.Resilience, "Cmfbl:Auth2:Resilience", failures);
        CheckPrefix(options.ManagerApi.PathPrefix, "Cmfbl:ManagerApi:PathPrefix", failures);
        CheckPrefix(options.ManagerApi.AuthPathPrefix, "Cmfbl:ManagerApi:AuthPathPrefix", failures);
        CheckPrefix(options.ClientApi.PathPrefix, "Cmfbl:ClientApi:PathPrefix", failures);
        CheckResilience(options.OpenApi.Resilience, "Cmfbl:OpenApi:Resilience", failures);
        CheckResilience(options.BridgeApi.Resilience, "Cmfbl:BridgeApi:Resilience", failures);
        CheckPrefix(options.OpenApi.PathPrefix, "Cmfbl:OpenApi:PathPrefix", failures);
        CheckPrefix(options.BridgeApi.PathPrefix, "Cmfbl:BridgeApi:PathPrefix", failures);
        ApiKeyOptionsValidation.Check(options, failures);
        CheckPrefix(options.Auth2.PathPrefix, "Cmfbl:Auth2:PathPrefix", failures);
        Streams.Internal.StreamsOptionsValidator.Check(options.Streams, options.AllowInsecureLoopback, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckAddress(Uri? address, string setting, bool allowInsecureLoopback, List<string> failures)
    {
        if (address is null)
        {
            return;
        }

        if (!address.IsAbsoluteUri)
        {
            failures.Add($"{setting} must be an absolute address such as https://prewppc-3.cmfbl.com.");
            return;
        }

        if (address.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback && allowInsecureLoopback)
        {
            return;
        }

        failures.Add(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback
            ? $"{setting} uses plain http on loopback ({address}): set Cmfbl:AllowInsecureLoopback to true for a local test server."
            : $"{setting} must use https ({address} does not). Plain http is allowed only for a loopback test server with Cmfbl:AllowInsecureLoopback.");
    }

    // The ranges the resilience pipeline's strategies accept: outside them the pipeline cannot be built, and the
    // library's own check would fail the family's first call instead of the SDK's start.
    private static void CheckResilience(Resilience.CmfblResilienceOptions resilience, string setting, List<string> failures)
    {
        if (resilience.AttemptTimeout < TimeSpan.FromMilliseconds(10) || resilience.AttemptTimeout > OneDay)
        {
            failures.Add($"{setting}:AttemptTimeout must be between 10 ms and 1 day (the default is 20 s, above the server's 15 s limit).");
        }

        if (resilience.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{setting}:MaxRetryAttempts must be between 0 and 10.");
        }

        if (resilience.RetryBaseDelay < TimeSpan.Zero || resilience.MaxRetryDelay < resilience.RetryBaseDelay || resilience.MaxRetryDelay > OneDay)
        {
            failures.Add($"{setting}:RetryBaseDelay must not be negative, and MaxRetryDelay must be neither below it nor above 1 day.");
        }

        if (resilience.CircuitBreakerFailureRatio is <= 0 or > 1 || resilience.CircuitBreakerMinimumThroughput < 2
            || !IsWithin(resilience.CircuitBreakerSamplingDuration, TimeSpan.FromMilliseconds(500), OneDay)
            || !IsWithin(resilience.CircuitBreakerBreakDuration, TimeSpan.FromMilliseconds(500), OneDay))
        {
            failures.Add($"{setting}: the circuit breaker needs a CircuitBreakerFailureRatio in (0, 1], a CircuitBreakerMinimumThroughput of at least 2, "
                + "and a CircuitBreakerSamplingDuration and CircuitBreakerBreakDuration between 0.5 s and 1 day.");
        }

        if (resilience.PermitsPerMinute is <= 0 || resilience.QueueLimit < 0 || resilience.DefaultBanDuration <= TimeSpan.Zero)
        {
            failures.Add($"{setting}: PermitsPerMinute must be positive when set, QueueLimit must not be negative, and DefaultBanDuration must be positive.");
        }
    }

    private static bool IsWithin(TimeSpan value, TimeSpan lowest, TimeSpan highest) => value >= lowest && value <= highest;

    private static void CheckPrefix(string? prefix, string setting, List<string> failures)
    {
        if (string.IsNullOrEmpty(prefix) || prefix[0] != '/' || prefix[^1] != '/')
        {
            failures.Add($"{setting} must start and end with '/' (for example /openapi-b/).");
        }
    }
}

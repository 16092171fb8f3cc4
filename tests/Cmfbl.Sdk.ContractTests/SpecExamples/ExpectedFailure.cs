using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>What the SDK throws for an error code: the exception type of its category in the SDK's code table.</summary>
internal static class ExpectedFailure
{
    /// <summary>The exception type for <paramref name="code"/> on <paramref name="operation"/> (a write that may have run is "outcome unknown").</summary>
    public static Type For(string code, SpecOperation operation) => ErrorCodeTable.Classify(code) switch
    {
        ErrorCategory.LoginExpired or ErrorCategory.Authentication => typeof(CmfblAuthenticationException),
        ErrorCategory.RateLimited => typeof(CmfblRateLimitException),
        ErrorCategory.NotExecuted => typeof(CmfblServiceUnavailableException),
        ErrorCategory.MayHaveExecuted => operation.IsWrite ? typeof(CmfblOutcomeUnknownException) : typeof(CmfblServiceUnavailableException),
        _ => typeof(CmfblApiException),
    };

    /// <summary>The vendor code an exception carries, or null when its type carries none.</summary>
    public static string? CodeOf(CmfblException exception) => exception switch
    {
        CmfblApiException api => api.Code,
        CmfblServiceUnavailableException unavailable => unavailable.Code,
        CmfblOutcomeUnknownException unknown => unknown.Code,
        _ => null,
    };
}

using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>What the SDK throws for an error code: the exception type of its category in the SDK's code table.</summary>
internal static class ExpectedFailure
{
    /// <summary>The exception type for <paramref name="code"/> on a call (a write, or a call sent once, that may have run is "outcome unknown").</summary>
    /// <param name="code">The vendor code answered.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="sentBody">The body the server received (a single-use code in it makes even a read go once).</param>
    public static Type For(string code, SpecOperation operation, string? sentBody) => ErrorCodeTable.Classify(code) switch
    {
        ErrorCategory.LoginExpired or ErrorCategory.Authentication => typeof(CmfblAuthenticationException),
        ErrorCategory.RateLimited => typeof(CmfblRateLimitException),
        ErrorCategory.NotExecuted => typeof(CmfblServiceUnavailableException),
        ErrorCategory.MayHaveExecuted => operation.IsWrite || operation.IsSentOnce(sentBody) ? typeof(CmfblOutcomeUnknownException) : typeof(CmfblServiceUnavailableException),
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

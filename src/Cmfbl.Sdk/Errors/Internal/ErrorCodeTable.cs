using System.Collections.Frozen;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>The one table that maps vendor error codes to how the SDK treats them. Codes not listed are business errors.</summary>
internal static class ErrorCodeTable
{
    private static readonly FrozenDictionary<string, ErrorCategory> Categories = new Dictionary<string, ErrorCategory>(StringComparer.Ordinal)
    {
        [CmfblErrorCodes.TokenMissing] = ErrorCategory.LoginExpired,
        [CmfblErrorCodes.LoginExpired] = ErrorCategory.LoginExpired,
        [CmfblErrorCodes.LoginExpiredAlternate] = ErrorCategory.LoginExpired,
        [CmfblErrorCodes.InvalidAccount] = ErrorCategory.Authentication,
        [CmfblErrorCodes.NoAccess] = ErrorCategory.Authentication,
        [CmfblErrorCodes.WrongPassword] = ErrorCategory.Authentication,
        [CmfblErrorCodes.WrongPasswordAlternate] = ErrorCategory.Authentication,
        ["00012001"] = ErrorCategory.Authentication,
        ["00012003"] = ErrorCategory.Authentication,
        ["00012006"] = ErrorCategory.Authentication,
        [CmfblErrorCodes.TooFast] = ErrorCategory.RateLimited,
        ["00012005"] = ErrorCategory.RateLimited,
        [CmfblErrorCodes.GatewaySystemError] = ErrorCategory.Unavailable,
        [CmfblErrorCodes.DownstreamAbnormal] = ErrorCategory.Unavailable,
        [CmfblErrorCodes.DownstreamUnavailable] = ErrorCategory.Unavailable,
        [CmfblErrorCodes.DownstreamEmpty] = ErrorCategory.Unavailable,
        [CmfblErrorCodes.DataAbnormalRetry] = ErrorCategory.Unavailable,
        [CmfblErrorCodes.ServiceTimeout] = ErrorCategory.Unavailable,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets how the SDK treats <paramref name="code"/>.</summary>
    public static ErrorCategory Classify(string code) =>
        Categories.TryGetValue(code, out var category) ? category : ErrorCategory.Business;
}

using System.Collections.Frozen;
using System.Net;

namespace Cmfbl.Sdk.Errors.Internal;

/// <summary>
/// The one table that maps vendor error codes and HTTP statuses to how the SDK treats them. Codes not listed are
/// business errors. docs/resilience.md shows this table; keep the two in step. A code is looked up as the wire carries
/// it and, failing that, as the vendor's catalogues print it (<c>bizCode</c> + <c>code</c>, e.g. <c>CFDWBW</c> + <c>500</c>).
/// </summary>
internal static partial class ErrorCodeTable
{
    private static readonly FrozenDictionary<string, ErrorCategory> Categories = new Dictionary<string, ErrorCategory>(StringComparer.Ordinal)
    {
        // Refused by the gateway before the operation ran: the token is missing or expired.
        [CmfblErrorCodes.TokenMissing] = ErrorCategory.LoginExpired,
        [CmfblErrorCodes.LoginExpired] = ErrorCategory.LoginExpired,
        [CmfblErrorCodes.LoginExpiredAlternate] = ErrorCategory.LoginExpired,

        // Refused: the credentials or the key's rights.
        [CmfblErrorCodes.InvalidAccount] = ErrorCategory.Authentication,
        [CmfblErrorCodes.NoAccess] = ErrorCategory.Authentication,
        [CmfblErrorCodes.WrongPassword] = ErrorCategory.Authentication,
        [CmfblErrorCodes.WrongPasswordAlternate] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiSignatureInvalid] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiOutsideTimeWindow] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiKeyNotFound] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiPermissionDenied] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiKeyExpired] = ErrorCategory.Authentication,
        [CmfblErrorCodes.OpenApiIpNotAllowed] = ErrorCategory.Authentication,

        // Throttled before the operation ran.
        [CmfblErrorCodes.TooFast] = ErrorCategory.RateLimited,
        [CmfblErrorCodes.OpenApiTooManyRequests] = ErrorCategory.RateLimited,

        // Refused before forwarding: nothing ran.
        [CmfblErrorCodes.DownstreamUnavailable] = ErrorCategory.NotExecuted,
        [CmfblErrorCodes.RequestExpired] = ErrorCategory.NotExecuted,

        // Failed or timed out after the gateway may have forwarded the call: a write may have taken effect.
        [CmfblErrorCodes.GatewaySystemError] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.DownstreamAbnormal] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.DownstreamEmpty] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.DataAbnormalRetry] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.ServiceTimeout] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.TradeSystemError] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.TradeServiceSystemError] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.ServiceSystemError] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.FundsSystemError] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.FundsCallFailed] = ErrorCategory.MayHaveExecuted,
        [CmfblErrorCodes.FundsCallFailedAlternate] = ErrorCategory.MayHaveExecuted,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>What to fix, for the authentication codes that have one precise cause (the API-key codes of the Open and Bridge APIs).</summary>
    private static readonly FrozenDictionary<string, string> Remedies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CmfblErrorCodes.OpenApiSignatureInvalid] = "The gateway could not verify the signature: check that the private key is the one issued with this API key (applyApi's privateKey), and that no proxy or handler of yours changes the body after the SDK signed it.",
        [CmfblErrorCodes.OpenApiOutsideTimeWindow] = "The request's timestamp was outside the gateway's time window, even after the SDK synchronised its clock with the server (thirdExt/now) and signed again: check the machine's clock and the network delay, or allow a larger Cmfbl:OpenApi:RecvWindow (Cmfbl:BridgeApi:RecvWindow).",
        [CmfblErrorCodes.OpenApiKeyNotFound] = "The API key does not exist: it was deleted or mistyped, or belongs to another company. List the customer's keys (IApiKeyService.PageAsync) or apply for a new one.",
        [CmfblErrorCodes.OpenApiPermissionDenied] = "The API key lacks the permission this operation needs: enable it (for example trade or contract_trade) with IApiKeyService.EditApiPermissionAsync.",
        [CmfblErrorCodes.OpenApiKeyExpired] = "The API key has expired (a key without a bound IP address expires after 90 days): apply for a new key, or bind IP addresses with EditApiPermissionAsync so it does not expire.",
        [CmfblErrorCodes.OpenApiIpNotAllowed] = "This machine's IP address is not on the API key's allow-list: add it to the key's whiteIps with IApiKeyService.EditApiPermissionAsync.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets what to fix for <paramref name="code"/>, when the code names one cause.</summary>
    public static string? Remedy(string code) => Remedies.GetValueOrDefault(code);

    /// <summary>Gets how the SDK treats <paramref name="code"/>.</summary>
    public static ErrorCategory Classify(string code) =>
        Categories.TryGetValue(code, out var category) ? category : ErrorCategory.Business;

    /// <summary>Gets how the SDK treats an error envelope: by its code, or by the catalogue's key (<c>bizCode</c> + <c>code</c>).</summary>
    public static ErrorCategory Classify(CmfblApiError error) =>
        TryFind(Categories, error, out var category) ? category : ErrorCategory.Business;

    /// <summary>
    /// Gets how the SDK treats an HTTP status that came without an error envelope: 429 and 418 are throttling, 401 an
    /// authentication failure, 503 (not forwarded), 501 and 408 (the request never arrived whole) prove nothing ran,
    /// every other 5xx (500, 502, 504, …) may have come after the call was forwarded, and the rest of 4xx are refusals.
    /// </summary>
    public static ErrorCategory Classify(HttpStatusCode status) => (int)status switch
    {
        429 or 418 => ErrorCategory.RateLimited,
        401 => ErrorCategory.Authentication,
        503 or 501 or 408 => ErrorCategory.NotExecuted,
        >= 500 => ErrorCategory.MayHaveExecuted,
        _ => ErrorCategory.Business,
    };

    private static bool TryFind<T>(FrozenDictionary<string, T> table, CmfblApiError error, out T value) =>
        table.TryGetValue(error.Code, out value!)
        || (!string.IsNullOrEmpty(error.BizCode) && table.TryGetValue(error.BizCode + error.Code, out value!));
}

namespace Cmfbl.Sdk.Errors;

/// <content>The Open API's signature layer (API key + SHA1withRSA): it refuses a call before the operation runs.</content>
public static partial class CmfblErrorCodes
{
    /// <summary>Open API: the signature did not verify (<c>00012001</c>). Surfaces as <see cref="CmfblAuthenticationException"/>.</summary>
    public const string OpenApiSignatureInvalid = "00012001";

    /// <summary>Open API: the request arrived outside its time window (<c>recvWindow</c>): check the machine's clock (<c>00012002</c>).</summary>
    public const string OpenApiOutsideTimeWindow = "00012002";

    /// <summary>Open API: the API key does not exist (<c>00012003</c>). Surfaces as <see cref="CmfblAuthenticationException"/>.</summary>
    public const string OpenApiKeyNotFound = "00012003";

    /// <summary>Open API: the API key has no permission for this operation (<c>00012004</c>). Surfaces as <see cref="CmfblAuthenticationException"/>.</summary>
    public const string OpenApiPermissionDenied = "00012004";

    /// <summary>Open API: too many requests (<c>00012005</c>). Surfaces as <see cref="CmfblRateLimitException"/>.</summary>
    public const string OpenApiTooManyRequests = "00012005";

    /// <summary>Open API: the API key has expired (<c>00012006</c>). Surfaces as <see cref="CmfblAuthenticationException"/>.</summary>
    public const string OpenApiKeyExpired = "00012006";

    /// <summary>Open API: the caller's IP address is not on the key's allow-list (<c>00012007</c>). Surfaces as <see cref="CmfblAuthenticationException"/>.</summary>
    public const string OpenApiIpNotAllowed = "00012007";
}

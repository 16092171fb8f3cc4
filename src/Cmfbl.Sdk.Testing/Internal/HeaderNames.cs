namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The gateway's request headers (matched case-insensitively).</summary>
internal static class HeaderNames
{
    public const string Trace = "trace";
    public const string CompanyId = "companyId";
    public const string Version = "version";
    public const string Token = "token";
    public const string Group = "group";
    public const string Captcha = "captcha";
    public const string IdempotencyKey = "idempotency-key";

    /// <summary>The <c>group</c> the trading and report operations are routed with.</summary>
    public const string TradeApiGroup = "tradeApi";

    public const string ApiKey = "apiKey";
    public const string Timestamp = "timestamp";
    public const string Signature = "signature";
    public const string RecvWindow = "recvWindow";
}

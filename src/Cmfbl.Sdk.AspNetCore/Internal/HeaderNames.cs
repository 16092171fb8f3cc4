namespace Cmfbl.Sdk.AspNetCore.Internal;

/// <summary>The header names the platform sends (HTTP header names are case-insensitive).</summary>
internal static class HeaderNames
{
    public const string Trace = "trace";
    public const string CompanyId = "companyId";
    public const string Timestamp = "timestamp";
    public const string ApiKey = "apiKey";
    public const string Signature = "signature";
}

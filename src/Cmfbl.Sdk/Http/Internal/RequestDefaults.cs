namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The values a request body may take from the options when the caller leaves them out.</summary>
/// <param name="CompanyId">The configured company id.</param>
internal readonly record struct RequestDefaults(long CompanyId);

namespace Cmfbl.Sdk.Errors;

/// <summary>The error fields of a failed answer's envelope.</summary>
/// <param name="Code">The vendor error code (never <c>"0"</c>).</param>
/// <param name="BizCode">The vendor module that answered.</param>
/// <param name="Msg">The vendor's human-readable message.</param>
/// <param name="MsgParams">The values for the message's placeholders.</param>
public sealed record CmfblApiError(string Code, string? BizCode, string? Msg, string? MsgParams);

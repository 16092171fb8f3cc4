using System.Net;

namespace Cmfbl.Sdk.Errors;

/// <summary>The facts about a failed call that every <see cref="CmfblException"/> carries.</summary>
/// <param name="BizType">The vendor operation (bizType), when known.</param>
/// <param name="Trace">The <c>trace</c> id sent with the request, or echoed in the answer.</param>
/// <param name="HttpStatus">The HTTP status of the answer, when one arrived.</param>
public sealed record CmfblErrorContext(string? BizType, string? Trace, HttpStatusCode? HttpStatus);

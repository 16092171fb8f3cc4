namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The call did not take effect and can be tried again later: the answer proves it was not executed (HTTP 503 or
/// <c>GATEWAY_CODE_012</c> before forwarding, the SDK's circuit breaker, a connection that was refused before the
/// request was sent), or the call was a read, which has no effect to duplicate (a read that failed after the service
/// may have run it — time-out, 5xx, <c>GATEWAY_CODE_902</c> — also ends here). A write whose outcome is not known
/// ends in <see cref="CmfblOutcomeUnknownException"/> instead.
/// </summary>
public sealed class CmfblServiceUnavailableException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblServiceUnavailableException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="code">The vendor error code when the answer carried one.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CmfblServiceUnavailableException(string message, CmfblErrorContext context, string? code = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
        Code = code;
    }

    /// <summary>Gets the vendor error code (for example <c>GATEWAY_CODE_012</c>) or <c>HTTP_503</c>-style status, when the answer carried one.</summary>
    public string? Code { get; }
}

namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The service could not answer: HTTP 5xx, a gateway or downstream failure (<c>G500</c>, <c>GATEWAY_CODE_011</c>,
/// <c>_012</c>, <c>_013</c>, <c>_102</c>, <c>_902</c>), a timeout, or a connection that failed before the request was sent.
/// The call did not take effect; it is safe to try again later.
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

    /// <summary>Gets the vendor error code when the answer carried one (for example <c>GATEWAY_CODE_902</c>).</summary>
    public string? Code { get; }
}

namespace Cmfbl.Sdk.Errors;

/// <summary>
/// A write was sent and then its answer was lost or said the call failed or timed out after the gateway forwarded it
/// (a connection cut after sending, a time-out, HTTP 500/502/504, <c>GATEWAY_CODE_902</c> and the other codes that mean
/// a downstream failure, or an answer that could not be read). It may or may not have taken effect. The SDK does not
/// repeat it: look the result up first (the message says how for this operation, for example
/// <c>checkCustomerExist</c> for a new customer), and resubmit only if it did not happen.
/// </summary>
public sealed class CmfblOutcomeUnknownException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblOutcomeUnknownException"/> class.</summary>
    /// <param name="message">What happened and how to find out whether the write took effect.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="code">The vendor error code or <c>HTTP_</c> status when an answer carried one, for example <c>GATEWAY_CODE_902</c>.</param>
    /// <param name="innerException">The underlying cause.</param>
    public CmfblOutcomeUnknownException(string message, CmfblErrorContext context, string? code = null, Exception? innerException = null)
        : base(message, context, innerException)
    {
        Code = code;
    }

    /// <summary>Gets the vendor error code (for example <c>GATEWAY_CODE_902</c>) or <c>HTTP_500</c>-style status of the answer, when one arrived.</summary>
    public string? Code { get; }
}

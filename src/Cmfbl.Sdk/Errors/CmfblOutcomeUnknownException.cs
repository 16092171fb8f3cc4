namespace Cmfbl.Sdk.Errors;

/// <summary>
/// A write that cannot safely be repeated (for example creating a customer) was sent, and then the connection failed or
/// timed out before an answer arrived. It may or may not have taken effect. The SDK does not retry it: query the
/// resource first (for example by phone, e-mail or your <c>thirdServerCode</c>), and resubmit only if it does not exist.
/// </summary>
public sealed class CmfblOutcomeUnknownException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblOutcomeUnknownException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="innerException">The underlying cause.</param>
    public CmfblOutcomeUnknownException(string message, CmfblErrorContext context, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }
}

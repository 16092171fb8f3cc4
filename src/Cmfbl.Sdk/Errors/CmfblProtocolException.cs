namespace Cmfbl.Sdk.Errors;

/// <summary>
/// An answer arrived but could not be read: it was not JSON (for example an HTML error page), had no envelope, was
/// truncated, or its <c>data</c> did not have the documented shape.
/// </summary>
public sealed class CmfblProtocolException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblProtocolException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CmfblProtocolException(string message, CmfblErrorContext context, Exception? innerException = null)
        : base(message, context, innerException)
    {
    }
}

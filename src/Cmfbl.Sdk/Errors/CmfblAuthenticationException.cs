namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The credentials or the session were rejected: the token is missing or expired and could not be renewed, the
/// app id/secret or the customer's password are wrong, or a signature was refused.
/// </summary>
public sealed class CmfblAuthenticationException : CmfblApiException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblAuthenticationException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="error">The error fields of the answer.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CmfblAuthenticationException(string message, CmfblApiError error, CmfblErrorContext context, Exception? innerException = null)
        : base(message, error, context, innerException)
    {
    }
}

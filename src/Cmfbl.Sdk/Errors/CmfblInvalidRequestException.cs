namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The SDK did not send the call: a value in it cannot be sent (for example a header value holding a line break, or a
/// required field left empty), or the SDK is not set up for it (no Manager API credentials configured, a customer
/// session that has logged out). Nothing reached the service; fix the cause before calling again.
/// </summary>
public sealed class CmfblInvalidRequestException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblInvalidRequestException"/> class.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="context">The operation the call was for.</param>
    /// <param name="parameterName">The field, header or setting that is wrong, when one is.</param>
    public CmfblInvalidRequestException(string message, CmfblErrorContext context, string? parameterName = null)
        : base(message, context)
    {
        ParameterName = parameterName;
    }

    /// <summary>Gets the field, header or setting that is wrong (for example <c>captcha</c> or <c>phone</c>), when one is.</summary>
    public string? ParameterName { get; }
}

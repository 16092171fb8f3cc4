namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The service answered, and its answer said the call failed (envelope <c>code</c> other than <c>"0"</c>, or an HTTP
/// client error). <see cref="Code"/> tells which failure; the constants in <see cref="CmfblErrorCodes"/> name the known ones.
/// </summary>
public class CmfblApiException : CmfblException
{
    /// <summary>Initializes a new instance of the <see cref="CmfblApiException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="error">The error fields of the answer.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    public CmfblApiException(string message, CmfblApiError error, CmfblErrorContext context, Exception? innerException = null)
        : base(message, context, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Code = error.Code;
        BizCode = error.BizCode;
        Msg = error.Msg;
        MsgParams = error.MsgParams;
    }

    /// <summary>Gets the vendor error code, for example <c>CUSTOMER_API_0000106</c> or <c>GATEWAY_CODE_005</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the vendor module that answered (<c>G</c> gateway, <c>US</c> customer service, <c>O</c> orders, …).</summary>
    public string? BizCode { get; }

    /// <summary>Gets the vendor's human-readable message, localised by the <c>lang</c> header.</summary>
    public string? Msg { get; }

    /// <summary>Gets the comma-separated values the vendor fills into <c>%s</c> placeholders of the message.</summary>
    public string? MsgParams { get; }
}

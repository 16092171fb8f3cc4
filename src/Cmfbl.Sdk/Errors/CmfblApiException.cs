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

    /// <summary>
    /// Tells whether the failure has the given code, as the wire carries it (<see cref="Code"/>) or as the vendor's
    /// catalogues print it (<see cref="BizCode"/> followed by <see cref="Code"/>, e.g. <c>CFDWBW</c> + <c>E000009</c>).
    /// Use it with the constants in <see cref="CmfblErrorCodes"/>, some of which are catalogue keys.
    /// </summary>
    /// <param name="code">The code to compare with, e.g. <see cref="CmfblErrorCodes.TradeStopLossOutOfRange"/>.</param>
    /// <returns><see langword="true"/> if either form equals <paramref name="code"/> (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public bool HasCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Equals(Code, code, StringComparison.Ordinal)
            || (BizCode is { Length: > 0 } module
                && code.Length == module.Length + Code.Length
                && code.StartsWith(module, StringComparison.Ordinal)
                && code.EndsWith(Code, StringComparison.Ordinal));
    }
}

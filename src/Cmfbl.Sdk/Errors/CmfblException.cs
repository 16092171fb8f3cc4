using System.Net;

namespace Cmfbl.Sdk.Errors;

/// <summary>
/// The base of every exception the SDK throws for a failed call. Catch it to handle all SDK failures in one place;
/// catch a derived type to branch on what happened.
/// </summary>
/// <remarks>
/// Messages and <see cref="object.ToString"/> never contain a token, an app secret, a password hash or a request body.
/// </remarks>
public abstract class CmfblException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CmfblException"/> class.</summary>
    /// <param name="message">What happened and what to do about it.</param>
    /// <param name="context">The operation and transport facts of the failed call.</param>
    /// <param name="innerException">The underlying cause, if any.</param>
    protected CmfblException(string message, CmfblErrorContext context, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(context);
        BizType = context.BizType;
        Trace = context.Trace;
        HttpStatus = context.HttpStatus;
    }

    /// <summary>Gets the vendor operation (bizType) that failed, for example <c>customer.admin.WhiteCustomerAdminApiService.page</c>.</summary>
    public string? BizType { get; }

    /// <summary>Gets the <c>trace</c> id of the call: quote it to the vendor's support to find the request in their logs.</summary>
    public string? Trace { get; }

    /// <summary>Gets the HTTP status of the answer, or <see langword="null"/> when no answer arrived.</summary>
    public HttpStatusCode? HttpStatus { get; }
}

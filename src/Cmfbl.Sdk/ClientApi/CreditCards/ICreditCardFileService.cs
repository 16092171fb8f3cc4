namespace Cmfbl.Sdk.ClientApi.CreditCards;

/// <summary>
/// The Client API's credit-card file upload (path <c>/passToCreditUpload</c>, tag Credit Card/Operation): a document
/// for the customer's card application, sent as <c>multipart/form-data</c>. Offered by
/// <see cref="CustomerSession.CreditCardFiles"/> (it needs a logged-in customer).
/// </summary>
public interface ICreditCardFileService
{
    /// <summary>Uploads a file (an image of an identity document, for example) with the customer's phone number.</summary>
    /// <remarks>
    /// <c>POST /passToCreditUpload</c> (no bizType: the path is the operation), parts <c>object</c> (the file) and
    /// <c>userPhone</c>. Needs a logged-in customer. Never retried automatically: if the answer is lost the call throws
    /// <see cref="Errors.CmfblOutcomeUnknownException"/>, and the file may have been stored.
    /// </remarks>
    /// <param name="content">The file's content, read from its current position; the caller keeps ownership.</param>
    /// <param name="fileName">The file's name as the service should see it, for example <c>passport.jpg</c>.</param>
    /// <param name="userPhone">The customer's phone number (<c>userPhone</c>, required).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer's <c>data</c> as text (the spec does not document it): a string as it is, anything else as its JSON; empty when the service sends none.</returns>
    /// <exception cref="Errors.CmfblInvalidRequestException">A required argument is missing; nothing was sent.</exception>
    /// <exception cref="Errors.CmfblOutcomeUnknownException">The request was sent but its answer was lost.</exception>
    /// <exception cref="Errors.CmfblException">The call failed; the exception's type and message say how.</exception>
    Task<string> UploadAsync(Stream content, string fileName, string userPhone, CancellationToken cancellationToken = default);
}

namespace Cmfbl.Sdk.Security;

/// <summary>
/// Computes the <c>signature</c> header of an API-key request (Open API and Bridge API). The built-in signer is the
/// Open API scheme of the vendor's documentation: SHA1withRSA over <see cref="RequestSigningInput.GetStringToSign"/>,
/// Base64. Implement this to sign elsewhere (a key vault, a hardware module) or to follow a different scheme; the
/// vendor has not published the Bridge API's signing page, which is assumed to be the Open API's.
/// </summary>
/// <remarks>It is called once per attempt, with the exact body bytes the attempt sends; it must be thread-safe.</remarks>
public interface IRequestSigner
{
    /// <summary>Returns the value of the <c>signature</c> header for one attempt.</summary>
    /// <param name="input">What is signed: the body, the timestamp, the API key and the operation.</param>
    /// <returns>The signature, as the header carries it (Base64 for the built-in scheme).</returns>
    string Sign(RequestSigningInput input);
}

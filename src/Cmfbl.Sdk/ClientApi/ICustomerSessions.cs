using Cmfbl.Sdk.ClientApi.Models;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>Opens customer sessions on the Client API (C side). Registered by <c>AddCmfblSdk</c>; also on <see cref="CmfblClient.ClientApi"/>.</summary>
public interface ICustomerSessions
{
    /// <summary>Logs a customer in and returns a session that sends their token on every call.</summary>
    /// <param name="request">The login name and password (or verification code).</param>
    /// <param name="reloginWhenExpired">
    /// Whether the session keeps the request (the password only as its MD5) to log in again once when the service says
    /// the login expired. Without it, an expired login fails with <see cref="Errors.CmfblAuthenticationException"/>.
    /// A verification-code login cannot be repeated, so it never re-logs in.
    /// </param>
    /// <param name="captcha">The reCAPTCHA token, when the company has CAPTCHA enabled.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The session.</returns>
    /// <exception cref="Errors.CmfblAuthenticationException">The login name or password is wrong.</exception>
    /// <exception cref="Errors.CmfblException">Any other failure.</exception>
    Task<CustomerSession> LoginAsync(LoginRequest request, bool reloginWhenExpired = true, string? captcha = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a session from a token obtained earlier (for example stored by your web front end).</summary>
    /// <param name="token">The customer's session token.</param>
    /// <param name="credentials">Supplies the login request when the token expires, or <see langword="null"/> to fail instead.</param>
    /// <returns>The session.</returns>
    CustomerSession FromToken(string token, Func<CancellationToken, Task<LoginRequest>>? credentials = null);

    /// <summary>
    /// Opens an Open API session: the same services, sent to <c>{host}/openapi-c/global/{bizType}</c> and signed with
    /// the customer's API key (SHA1withRSA over each attempt's exact body, REFERENCE §1.4) instead of a login token.
    /// </summary>
    /// <param name="apiKey">The API key (<see cref="Customers.Models.ApiKeyInfo.ApiKey"/>).</param>
    /// <param name="privateKey">The key's private key as <c>applyApi</c> issued it (Base64 PKCS#8), or PEM. Imported once; the session owns it.</param>
    /// <returns>The session; dispose it to release the key.</returns>
    /// <exception cref="ArgumentException">The key cannot be sent in a header, or the private key cannot be read (the message does not repeat it).</exception>
    CustomerSession FromApiKey(string apiKey, string privateKey);

    /// <summary>Opens an Open API session signed with <paramref name="credential"/> (a key you hold in an <see cref="System.Security.Cryptography.RSA"/>, or your own <see cref="Security.IRequestSigner"/>).</summary>
    /// <param name="credential">The API key and what signs with it; the caller keeps ownership.</param>
    /// <returns>The session.</returns>
    CustomerSession FromApiKey(Security.ApiKeyCredential credential);

    /// <summary>Opens an Open API session with the key configured in <c>Cmfbl:OpenApi:ApiKey</c> and <c>Cmfbl:OpenApi:PrivateKey</c>.</summary>
    /// <returns>The session.</returns>
    /// <exception cref="Errors.CmfblInvalidRequestException">No key is configured.</exception>
    CustomerSession FromConfiguredApiKey();
}

using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>
/// One customer's session token. When the service says the login expired, it logs in again once for all concurrent
/// callers, if the session was given its credentials; otherwise the call fails with <see cref="CmfblAuthenticationException"/>.
/// </summary>
internal sealed class SessionTokenSource : SingleFlightTokenSource
{
    private readonly Func<CancellationToken, Task<LoginRequest>>? _credentials;
    private readonly Func<LoginRequest, CancellationToken, Task<LoginResult>> _login;
    private volatile bool _loggedOut;

    public SessionTokenSource(string token, Func<CancellationToken, Task<LoginRequest>>? credentials, Func<LoginRequest, CancellationToken, Task<LoginResult>> login)
    {
        _credentials = credentials;
        _login = login;
        SetToken(token);
    }

    /// <summary>Gets the latest login answer made by a re-login, if any.</summary>
    public LoginResult? LastLogin { get; private set; }

    public bool IsLoggedOut => _loggedOut;

    public void MarkLoggedOut()
    {
        _loggedOut = true;
        Clear();
    }

    protected override async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        if (_loggedOut)
        {
            throw new CmfblInvalidRequestException(
                "This customer session has logged out, so the call was not sent. Log in again with ICustomerSessions.LoginAsync to make more calls as this customer.",
                new CmfblErrorContext(null, null, null));
        }

        if (_credentials is null)
        {
            throw new CmfblAuthenticationException(
                "The customer's login expired and this session has no credentials to log in again. Create the session with ICustomerSessions.LoginAsync(request, reloginWhenExpired: true), or log the customer in again.",
                new CmfblApiError(CmfblErrorCodes.LoginExpired, "G", "login expired", null),
                new CmfblErrorContext("customer.app.CustomerWebApiService.login", null, null));
        }

        var request = await _credentials(cancellationToken).ConfigureAwait(false);
        var result = await _login(request, cancellationToken).ConfigureAwait(false);
        LastLogin = result;
        return result.Token;
    }
}

using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.ClientApi.Models;
using Refit;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>
/// One logged-in customer. Its services send the customer's token on every call; when the login expires, the session
/// logs in again once for all concurrent callers (if it holds the credentials) and replays the call. Sessions share
/// nothing: one application can hold a session per customer. Create one with <see cref="ICustomerSessions"/>.
/// </summary>
public sealed partial class CustomerSession : IDisposable
{
    private readonly SessionTokenSource _tokens;
    private readonly HttpClient _httpClient;
    private readonly RefitSettings _settings;
    private readonly ILogoutApi _logout;

    internal CustomerSession(SessionTokenSource tokens, HttpClient httpClient, RefitSettings settings, LoginResult? login)
    {
        _tokens = tokens;
        _httpClient = httpClient;
        _settings = settings;
        _logout = Create<ILogoutApi>();
        Login = login;
    }

    /// <summary>Gets the answer of the login that opened the session (the customer's profile), when it was opened by logging in.</summary>
    public LoginResult? Login { get; }

    /// <summary>Gets whether <see cref="LogoutAsync"/> has ended the session.</summary>
    public bool IsLoggedOut => _tokens.IsLoggedOut;

    /// <summary>Gets the session's token source, for the streams that connect as this customer.</summary>
    internal Http.Internal.ITokenSource TokenSource => _tokens;

    /// <summary>Ends the session at the service (<c>POST /api/logout</c>); later calls through this session fail.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has ended the session.</returns>
    /// <exception cref="Errors.CmfblException">The call failed; the session is still ended locally.</exception>
    public async Task LogoutAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _logout.LogoutAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _tokens.MarkLoggedOut();
        }
    }

    /// <summary>A service client on the session's transport (which adds the customer's token); the generated properties call it on first use.</summary>
    private T Create<T>()
        where T : class => RestService.ForGenerated<T>(_httpClient, _settings);

    /// <summary>Releases the session's HTTP client. It does not log out: call <see cref="LogoutAsync"/> for that.</summary>
    public void Dispose()
    {
        _httpClient.Dispose();
        _tokens.Dispose();
    }
}

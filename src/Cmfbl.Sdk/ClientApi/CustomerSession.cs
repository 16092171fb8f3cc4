using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.ClientApi.Models;
using Refit;

namespace Cmfbl.Sdk.ClientApi;

/// <summary>
/// One customer, acting through the Client API. A logged-in session sends the customer's token on every call; when the
/// login expires, it logs in again once for all concurrent callers (if it holds the credentials) and replays the call.
/// An Open API session (<see cref="ICustomerSessions.FromApiKey(string, string)"/>) offers the same services and sends
/// their calls to <c>/openapi-c/</c>, signed with the customer's API key instead. Sessions share nothing: one
/// application can hold a session per customer. Create one with <see cref="ICustomerSessions"/>.
/// </summary>
public sealed partial class CustomerSession : IDisposable
{
    private readonly SessionTokenSource? _tokens;
    private readonly ApiKeySession? _apiKey;
    private readonly HttpClient _httpClient;
    private readonly RefitSettings _settings;

    internal CustomerSession(SessionTokenSource tokens, HttpClient httpClient, RefitSettings settings, LoginResult? login)
    {
        _tokens = tokens;
        _httpClient = httpClient;
        _settings = settings;
        Login = login;
    }

    internal CustomerSession(ApiKeySession apiKey, HttpClient httpClient, RefitSettings settings)
    {
        _apiKey = apiKey;
        _httpClient = httpClient;
        _settings = settings;
    }

    /// <summary>Gets the answer of the login that opened the session (the customer's profile), when it was opened by logging in.</summary>
    public LoginResult? Login { get; }

    /// <summary>Gets the API key this session signs its calls with (an Open API session), or <see langword="null"/> for a logged-in session.</summary>
    public string? ApiKey => _apiKey?.Key.ApiKey;

    /// <summary>Gets whether <see cref="LogoutAsync"/> has ended the session.</summary>
    public bool IsLoggedOut => _tokens?.IsLoggedOut ?? _apiKey!.Transport.IsClosed;

    /// <summary>Gets the session's token source, for the streams that connect as this customer (an Open API session's: <c>getMsgPushToken</c>).</summary>
    internal Http.Internal.ITokenSource TokenSource => (Http.Internal.ITokenSource?)_tokens ?? _apiKey!.PushTokens;

    /// <summary>
    /// Ends the session at the service (<c>POST /api/logout</c>); later calls through this session fail. An Open API
    /// session has nothing to end at the service: it only stops sending (delete the key with
    /// <see cref="Customers.IApiKeyService.DelApiAsync"/> to revoke it).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the service has ended the session.</returns>
    /// <exception cref="Errors.CmfblException">The call failed; the session is still ended locally.</exception>
    public async Task LogoutAsync(CancellationToken cancellationToken = default)
    {
        if (_apiKey is not null)
        {
            _apiKey.Transport.Close();
            return;
        }

        try
        {
            await Create<ILogoutApi>().LogoutAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _tokens!.MarkLoggedOut();
        }
    }

    /// <summary>
    /// A service client on the session's transport, which adds the customer's token or, for an Open API session, signs
    /// each attempt with the API key; the generated properties call it on first use.
    /// </summary>
    private T Create<T>()
        where T : class => RestService.ForGenerated<T>(_httpClient, _settings);

    /// <summary>Releases the session's HTTP client (and the private key it imported, for an Open API session). It does not log out: call <see cref="LogoutAsync"/> for that.</summary>
    public void Dispose()
    {
        _httpClient.Dispose();
        _tokens?.Dispose();
        _apiKey?.Dispose();
    }
}

using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security.Internal;
using Refit;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>Opens customer sessions: logs in through the guest service, then binds a per-session transport.</summary>
internal sealed class CustomerSessions(IGuestCustomerWebApiService guest, IHttpMessageHandlerFactory handlers, SdkRuntime runtime) : ICustomerSessions
{
    private const string LoginBizType = "customer.app.CustomerWebApiService.login";

    public async Task<CustomerSession> LoginAsync(LoginRequest request, bool reloginWhenExpired = true, string? captcha = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var login = await guest.LoginAsync(request, captcha, cancellationToken).ConfigureAwait(false);
        var token = ServiceTokens.Checked(login.Token, LoginBizType);
        var canRelogin = reloginWhenExpired && request.Password is not null && request.VerifyCode is null && request.GoogleCode is null;
        return Open(token, canRelogin ? _ => Task.FromResult(request) : null, login);
    }

    public CustomerSession FromToken(string token, Func<CancellationToken, Task<LoginRequest>>? credentials = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        if (!HeaderValues.IsValid(token))
        {
            throw new ArgumentException("The token holds a line break, another control character or non-ASCII text, so it cannot be sent in the token header. Pass the token exactly as the login returned it.", nameof(token));
        }

        return Open(token, credentials, null);
    }

    private CustomerSession Open(string token, Func<CancellationToken, Task<LoginRequest>>? credentials, LoginResult? login)
    {
        var tokens = new SessionTokenSource(token, credentials, async (request, ct) =>
        {
            var login = await guest.LoginAsync(request, null, ct).ConfigureAwait(false);
            ServiceTokens.Checked(login.Token, LoginBizType);
            return login;
        });
        var httpClient = new HttpClient(new SessionHttpHandler(handlers, tokens), disposeHandler: true)
        {
            BaseAddress = FamilyAddresses.Client(runtime.Options),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new CustomerSession(tokens, httpClient, runtime.RefitSettings, login);
    }

    public CustomerSession FromApiKey(string apiKey, string privateKey) => OpenApiKey(Security.ApiKeyCredential.FromPrivateKey(apiKey, privateKey), ownsKey: true);

    public CustomerSession FromApiKey(Security.ApiKeyCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return OpenApiKey(credential, ownsKey: false);
    }

    public CustomerSession FromConfiguredApiKey()
    {
        var openApi = runtime.Options.OpenApi;
        if (string.IsNullOrEmpty(openApi.ApiKey) || string.IsNullOrEmpty(openApi.PrivateKey))
        {
            throw new CmfblInvalidRequestException(
                "No Open API key is configured: set Cmfbl:OpenApi:ApiKey and Cmfbl:OpenApi:PrivateKey, or open the session with ICustomerSessions.FromApiKey(apiKey, privateKey).",
                new CmfblErrorContext(null, null, null),
                "Cmfbl:OpenApi:ApiKey");
        }

        return FromApiKey(openApi.ApiKey, openApi.PrivateKey);
    }

    private CustomerSession OpenApiKey(Security.ApiKeyCredential key, bool ownsKey)
    {
        var transport = new ApiKeySessionHttpHandler(handlers, key);
        var httpClient = new HttpClient(transport, disposeHandler: true)
        {
            BaseAddress = FamilyAddresses.OpenApi(runtime.Options),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        // The generated services come from the session itself (CustomerSession.Create), like a logged-in session's:
        // the transport signs every call, whatever the service.
        var pushTokens = new MessagePushTokenSource(RestService.ForGenerated<Customers.IApiKeyService>(httpClient, runtime.RefitSettings));
        return new CustomerSession(new ApiKeySession(key, ownsKey, transport, pushTokens), httpClient, runtime.RefitSettings);
    }
}

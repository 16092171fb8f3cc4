using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Internal;
using Refit;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>Opens customer sessions: logs in through the guest service, then binds a per-session transport.</summary>
internal sealed class CustomerSessions(ICustomerWebApiService guest, IHttpMessageHandlerFactory handlers, SdkRuntime runtime) : ICustomerSessions
{
    public async Task<CustomerSession> LoginAsync(LoginRequest request, bool reloginWhenExpired = true, string? captcha = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var login = await guest.LoginAsync(request, captcha, cancellationToken).ConfigureAwait(false);
        var canRelogin = reloginWhenExpired && request.Password is not null && request.VerifyCode is null;
        return Open(login.Token, canRelogin ? _ => Task.FromResult(request) : null, login);
    }

    public CustomerSession FromToken(string token, Func<CancellationToken, Task<LoginRequest>>? credentials = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return Open(token, credentials, null);
    }

    private CustomerSession Open(string token, Func<CancellationToken, Task<LoginRequest>>? credentials, LoginResult? login)
    {
        var tokens = new SessionTokenSource(token, credentials, (request, ct) => guest.LoginAsync(request, null, ct));
        var httpClient = new HttpClient(new SessionHttpHandler(handlers, tokens), disposeHandler: true)
        {
            BaseAddress = FamilyAddresses.Client(runtime.Options),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var customerWeb = RestService.ForGenerated<ICustomerWebApiService>(httpClient, runtime.RefitSettings);
        var logout = RestService.ForGenerated<ILogoutApi>(httpClient, runtime.RefitSettings);
        return new CustomerSession(tokens, httpClient, customerWeb, logout, login);
    }
}

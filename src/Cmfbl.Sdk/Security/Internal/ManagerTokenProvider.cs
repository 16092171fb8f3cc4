using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.ManagerApi.Models;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>The Manager API token: obtained from the app id and secret through the auth operation, cached, renewed on expiry.</summary>
internal sealed class ManagerTokenProvider(Func<ICompanyAuthDubboService> auth, CmfblOptions options) : SingleFlightTokenSource
{
    protected override async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        var appId = options.ManagerApi.AppId;
        var appSecret = options.ManagerApi.AppSecret;
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret))
        {
            throw new InvalidOperationException("Manager API calls need Cmfbl:ManagerApi:AppId and Cmfbl:ManagerApi:AppSecret; neither is configured.");
        }

        var result = await auth().AuthAsync(new CompanyAuthRequest { AppId = appId, AppSecret = appSecret }, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(result.Token)
            ? throw new InvalidOperationException("The Manager API auth call succeeded but returned no token.")
            : result.Token;
    }
}

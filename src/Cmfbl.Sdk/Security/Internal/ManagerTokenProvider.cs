using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Internal;
using Cmfbl.Sdk.ManagerApi.Models;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// The Manager API token: obtained from the app id and secret through the auth operation (read for its token alone,
/// <see cref="IManagerTokenService"/>), cached, renewed on expiry.
/// </summary>
internal sealed class ManagerTokenProvider(Func<IManagerTokenService> auth, CmfblOptions options) : SingleFlightTokenSource
{
    private const string AuthBizType = IManagerTokenService.BizType;

    protected override async Task<string> AcquireAsync(CancellationToken cancellationToken)
    {
        var appId = options.ManagerApi.AppId;
        var appSecret = options.ManagerApi.AppSecret;
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret))
        {
            throw new CmfblInvalidRequestException(
                "Manager API calls need Cmfbl:ManagerApi:AppId and Cmfbl:ManagerApi:AppSecret; neither is configured, so nothing was sent.",
                new CmfblErrorContext(AuthBizType, null, null),
                "Cmfbl:ManagerApi:AppId");
        }

        var result = await auth().AuthAsync(new CompanyAuthRequest { AppId = appId, AppSecret = appSecret }, cancellationToken).ConfigureAwait(false);
        return ServiceTokens.Checked(result.Token, AuthBizType);
    }
}

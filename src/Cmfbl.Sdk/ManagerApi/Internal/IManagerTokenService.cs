using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.ManagerApi.Models;
using Refit;

namespace Cmfbl.Sdk.ManagerApi.Internal;

/// <summary>
/// The Manager API's auth operation as the SDK calls it for its own token (<c>admin.admin.CompanyAuthDubboService.auth</c>):
/// the answer is read for its token alone. <see cref="ICompanyAuthService"/> reads the whole company profile (about 60
/// fields, three of them enums) for an application that asks for it; reading all of it for every token cost the
/// first call of every application the metadata of a model it never sees.
/// </summary>
internal interface IManagerTokenService
{
    /// <summary>The auth operation's bizType (the <c>[Post]</c> path below, without its slash).</summary>
    const string BizType = "admin.admin.CompanyAuthDubboService.auth";

    /// <summary>Exchanges the app id and secret for a Manager token.</summary>
    /// <param name="request">The app id and secret.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token.</returns>
    [Post("/admin.admin.CompanyAuthDubboService.auth")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.None)]
    Task<ManagerToken> AuthAsync([Body] CompanyAuthRequest request, CancellationToken cancellationToken = default);
}

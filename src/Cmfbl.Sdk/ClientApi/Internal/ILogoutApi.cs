using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>The Client API's logout, <c>POST {host}/api/logout</c>, used by <see cref="CustomerSession.LogoutAsync"/>.</summary>
internal interface ILogoutApi
{
    [Post("/logout")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<System.Text.Json.JsonElement> LogoutAsync(CancellationToken cancellationToken = default);
}

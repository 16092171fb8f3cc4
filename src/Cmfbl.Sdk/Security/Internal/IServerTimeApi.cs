using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>The Client API's server time, <c>POST {host}/api/thirdExt/now</c> (REFERENCE appendix D), for <see cref="ServerClock"/>.</summary>
internal interface IServerTimeApi
{
    [Post("/thirdExt/now")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read, Auth = OperationAuth.Guest)]
    Task<long> NowAsync(CancellationToken cancellationToken = default);
}

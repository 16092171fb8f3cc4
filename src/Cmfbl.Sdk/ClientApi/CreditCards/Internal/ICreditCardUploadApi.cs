using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.ClientApi.CreditCards.Internal;

/// <summary>
/// The Client API's credit-card file upload, <c>POST {host}/api/passToCreditUpload</c> as <c>multipart/form-data</c>
/// (parts <c>object</c>, the file, and <c>userPhone</c>). Hand-written: the generator writes JSON bodies only.
/// </summary>
internal interface ICreditCardUploadApi
{
    [Multipart]
    [Post("/passToCreditUpload")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.UnsafeWrite, Auth = OperationAuth.Token)]
    Task<string> UploadAsync([AliasAs("object")] StreamPart file, [AliasAs("userPhone")] string userPhone, CancellationToken cancellationToken = default);
}

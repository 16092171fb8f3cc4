using Cmfbl.Sdk.Http;
using Refit;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>The Open API's message-push token, <c>POST {openapi-c}/global/getMsgPushToken</c> (REFERENCE §4.2), for the message stream of an Open API session.</summary>
internal interface IMessagePushTokenApi
{
    [Post("/global/getMsgPushToken")]
    [Headers("version: 0.0.1")]
    [CmfblOperation(OperationKind.Read)]
    Task<string> GetMsgPushTokenAsync(CancellationToken cancellationToken = default);
}

using Cmfbl.Sdk.ClientApi.Customers;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>The tokens an Open API session's message stream connects with: <c>getMsgPushToken</c>, asked again (once for all connections) when the stream's token is refused.</summary>
internal sealed class MessagePushTokenSource(IApiKeyService api) : SingleFlightTokenSource
{
    protected override Task<string> AcquireAsync(CancellationToken cancellationToken) => api.GetMsgPushTokenAsync(cancellationToken);
}

using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.ClientApi.Internal;

/// <summary>What an Open API session holds: its key, its transport, and the message-push tokens of its streams.</summary>
/// <param name="Key">The API key that signs the session's calls.</param>
/// <param name="OwnsKey">Whether the session imported the key (and disposes it).</param>
/// <param name="Transport">The session's transport, which can be closed.</param>
/// <param name="PushTokens">The session's message-push tokens.</param>
internal sealed record ApiKeySession(ApiKeyCredential Key, bool OwnsKey, ApiKeySessionHttpHandler Transport, MessagePushTokenSource PushTokens) : IDisposable
{
    public void Dispose()
    {
        PushTokens.Dispose();
        if (OwnsKey)
        {
            Key.Dispose();
        }
    }
}

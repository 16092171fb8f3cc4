namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The keys under which the handlers share per-call state on <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestOptionKeys
{
    /// <summary>The call's state, set by the envelope step on a success whose answer Refit's serializer reads after the call.</summary>
    public static readonly HttpRequestOptionsKey<CallState> Call = new("Cmfbl.Call");

    /// <summary>The token source of a customer session, when the call belongs to one.</summary>
    public static readonly HttpRequestOptionsKey<ITokenSource> TokenSource = new("Cmfbl.TokenSource");

    /// <summary>The API key that signs the call (an Open API session), when it is not the family's own.</summary>
    public static readonly HttpRequestOptionsKey<Security.ApiKeyCredential> ApiKey = new("Cmfbl.ApiKey");

    /// <summary>The body as the caller's request serialized it, kept when each attempt sends it encrypted anew.</summary>
    public static readonly HttpRequestOptionsKey<byte[]> PlainBody = new("Cmfbl.PlainBody");
}

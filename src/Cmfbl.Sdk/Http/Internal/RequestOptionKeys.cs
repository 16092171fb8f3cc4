namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The keys under which the handlers share per-call state on <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestOptionKeys
{
    /// <summary>The operation being called, set by the outermost handler.</summary>
    public static readonly HttpRequestOptionsKey<OperationDescriptor> Operation = new("Cmfbl.Operation");

    /// <summary>
    /// Set to false when an attempt starts and to true just before it goes to the network: from then on the attempt
    /// may have reached the service.
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> Sent = new("Cmfbl.Sent");

    /// <summary>Set when an earlier attempt of a write may have taken effect, so a later failure still reports the outcome as unknown.</summary>
    public static readonly HttpRequestOptionsKey<bool> MayHaveExecuted = new("Cmfbl.MayHaveExecuted");

    /// <summary>The token source of a customer session, when the call belongs to one.</summary>
    public static readonly HttpRequestOptionsKey<ITokenSource> TokenSource = new("Cmfbl.TokenSource");

    /// <summary>The API key that signs the call (an Open API session), when it is not the family's own.</summary>
    public static readonly HttpRequestOptionsKey<Security.ApiKeyCredential> ApiKey = new("Cmfbl.ApiKey");

    /// <summary>The body as the caller's request serialized it, kept when each attempt sends it encrypted anew.</summary>
    public static readonly HttpRequestOptionsKey<byte[]> PlainBody = new("Cmfbl.PlainBody");
}

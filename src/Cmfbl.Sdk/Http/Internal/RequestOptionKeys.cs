namespace Cmfbl.Sdk.Http.Internal;

/// <summary>The keys under which the handlers share per-call state on <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class RequestOptionKeys
{
    /// <summary>The operation being called, set by the outermost handler.</summary>
    public static readonly HttpRequestOptionsKey<OperationDescriptor> Operation = new("Cmfbl.Operation");

    /// <summary>Set to true just before a request goes to the network: from then on a write may have taken effect.</summary>
    public static readonly HttpRequestOptionsKey<bool> Sent = new("Cmfbl.Sent");

    /// <summary>The token source of a customer session, when the call belongs to one.</summary>
    public static readonly HttpRequestOptionsKey<ITokenSource> TokenSource = new("Cmfbl.TokenSource");
}

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// What the steps of one call share: the call handler makes it and hands it to the attempt and envelope steps, and
/// the resilience pipeline's strategies read it from their context. It is not kept on the request, whose option
/// dictionary Refit fills with three entries: a fourth would grow it on every call.
/// </summary>
/// <param name="operation">The operation being called, as the call handler resolved it.</param>
/// <param name="request">The call's request.</param>
internal sealed class CallState(OperationDescriptor operation, HttpRequestMessage request)
{
    /// <summary>Gets the operation being called.</summary>
    public OperationDescriptor Operation { get; } = operation;

    /// <summary>Gets the call's request.</summary>
    public HttpRequestMessage Request { get; } = request;

    /// <summary>
    /// Gets or sets whether the current attempt was handed to the network: false when an attempt starts, true just
    /// before it goes out; from then on the attempt may have reached the service.
    /// </summary>
    public bool Sent { get; set; }

    /// <summary>Gets or sets whether an earlier attempt of a write may have taken effect, so a later failure still reports the outcome as unknown.</summary>
    public bool MayHaveExecuted { get; set; }
}

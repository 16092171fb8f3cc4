namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// What the steps of one call share, kept on the request under one option key: one entry where there were three, so
/// the request's option dictionary (which Refit fills too) keeps its first size.
/// </summary>
/// <param name="operation">The operation being called, as the call handler resolved it.</param>
internal sealed class CallState(OperationDescriptor operation)
{
    /// <summary>Gets the operation being called.</summary>
    public OperationDescriptor Operation { get; } = operation;

    /// <summary>
    /// Gets or sets whether the current attempt was handed to the network: false when an attempt starts, true just
    /// before it goes out; from then on the attempt may have reached the service.
    /// </summary>
    public bool Sent { get; set; }

    /// <summary>Gets or sets whether an earlier attempt of a write may have taken effect, so a later failure still reports the outcome as unknown.</summary>
    public bool MayHaveExecuted { get; set; }
}

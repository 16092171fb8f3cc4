using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A frame on the Manager data push that could not be read (not JSON, no <c>eventType</c>, or data of the wrong shape).
/// The stream goes on; the frame is counted and logged. The event it carried is not retried by the service, so treat
/// it as a gap for that record.
/// </summary>
public sealed record ManagerStreamError : ManagerEvent
{
    /// <summary>Gets what was wrong with the frame.</summary>
    public required CmfblProtocolException Error { get; init; }

    /// <summary>Gets the start of the frame as received (at most 256 characters).</summary>
    public required string Frame { get; init; }
}

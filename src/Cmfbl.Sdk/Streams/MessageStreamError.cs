using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A frame on the message push that could not be read. The stream goes on; the frame is counted and logged. If it was
/// a trade message, the fill it reported is not retried by the service: query the order to be sure.
/// </summary>
public sealed record MessageStreamError : MessageEvent
{
    /// <summary>Gets what was wrong with the frame.</summary>
    public required CmfblProtocolException Error { get; init; }

    /// <summary>Gets the start of the frame as received (at most 256 characters).</summary>
    public required string Frame { get; init; }
}

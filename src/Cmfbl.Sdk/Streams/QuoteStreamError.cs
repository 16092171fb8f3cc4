using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// A frame on the quote stream that could not be read (not one of the documented push formats, a number that does not
/// parse, a reply that is not JSON). The stream goes on; the frame is counted and logged.
/// </summary>
public sealed record QuoteStreamError : QuoteEvent
{
    /// <summary>Gets what was wrong with the frame.</summary>
    public required CmfblProtocolException Error { get; init; }

    /// <summary>Gets the start of the frame as received (at most 256 characters).</summary>
    public required string Frame { get; init; }
}

using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// The service refused one subscription request (14000, 14010 or 14016) of a quote connection. The answer names no
/// product, so the refusal covers the whole <paramref name="Channel"/> list that connection sent.
/// </summary>
internal readonly record struct QuoteRefusal(QuoteChannels Channel, CmfblApiException Error);

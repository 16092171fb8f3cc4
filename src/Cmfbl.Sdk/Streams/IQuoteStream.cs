using Cmfbl.Sdk.Errors;

namespace Cmfbl.Sdk.Streams;

/// <summary>
/// The quote WebSocket (<c>/quote</c>, <c>/quote_guest</c>, <c>/quote_stock</c>) as typed streams. The guest stream is
/// registered by <c>AddCmfblSdk</c> (and on <see cref="CmfblClient.Streams"/>); a customer's comes from
/// <see cref="ICmfblStreams.CreateQuoteStream"/>.
/// </summary>
/// <remarks>
/// Connections open when something is subscribed and close when nothing is. Each holds at most
/// <see cref="QuoteStreamOptions.MaxSymbolsPerConnection"/> products and sends at most
/// <see cref="QuoteStreamOptions.MaxCallsPerSecond"/> requests a second (the service's documented limits); more
/// products open more connections. When a consumer falls behind, a newer tick, book or statistic of a product replaces
/// the one still waiting for it (latest wins; counted by the <c>cmfbl.stream.dropped</c> metric); trades wait in a
/// queue of <see cref="StreamChannelOptions.Capacity"/> and the oldest is dropped when it is full.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A push stream of events, the vendor's and the domain's word; it is an IAsyncEnumerable source, not a System.IO.Stream.")]
public interface IQuoteStream : ICmfblStream
{
    /// <summary>
    /// Subscribes and returns the pushes as they arrive: first the snapshot the service answers with, then live
    /// pushes. Ending the enumeration (break, dispose, or cancelling <paramref name="cancellationToken"/>) unsubscribes.
    /// Reconnects are invisible here except through <see cref="ICmfblStream.StateChanged"/>, unless the service refuses
    /// the subscription when a reconnect sends it again: then the enumeration ends with that refusal.
    /// </summary>
    /// <param name="subscription">The products and channels (protocols 14000, 14010, 14016).</param>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <returns>The events; a frame that cannot be read arrives as a <see cref="QuoteStreamError"/>.</returns>
    /// <exception cref="ArgumentException">The subscription is empty, names a product twice, or has an out-of-range depth (checked before anything is sent).</exception>
    /// <exception cref="CmfblApiException">
    /// The service refused the subscription (<c>ret</c> other than 200; <see cref="CmfblApiException.Code"/> holds it,
    /// <see cref="CmfblException.Trace"/> the request's trace): when it was first sent, or later, when a reconnect sent it
    /// again and the service refused it then (a product delisted, a market-data right lost). A refusal is never retried.
    /// The service answers per protocol (14000, 14010, 14016) without naming a product, so on a new connection every
    /// subscription wanting a refused protocol on that connection ends with it; the others go on.
    /// </exception>
    /// <exception cref="CmfblAuthenticationException">The service refused the token and no new one could be obtained.</exception>
    IAsyncEnumerable<QuoteEvent> SubscribeAsync(QuoteSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Queries historical K-lines (protocol 14012; the service compresses the answer, the SDK inflates it).</summary>
    /// <param name="query">The product, bar length, end and count (at most 1000 bars).</param>
    /// <param name="cancellationToken">Cancels the wait for the answer.</param>
    /// <returns>The bars.</returns>
    /// <exception cref="ArgumentException">The count is not between 1 and 1000.</exception>
    /// <exception cref="CmfblApiException">The service answered with <c>ret</c> other than 200.</exception>
    /// <exception cref="CmfblServiceUnavailableException">No answer within <see cref="QuoteStreamOptions.RequestTimeout"/>, or the connection dropped.</exception>
    /// <exception cref="CmfblProtocolException">The answer could not be read.</exception>
    Task<KlineSeries> GetKlinesAsync(KlineQuery query, CancellationToken cancellationToken = default);

    /// <summary>Queries K-lines of several products at once (protocol 14014; at most 100 queries of 1000 bars each).</summary>
    /// <param name="queries">The queries.</param>
    /// <param name="cancellationToken">Cancels the wait for the answer.</param>
    /// <returns>One series per product, in the order the service sent them.</returns>
    /// <exception cref="ArgumentException">No query, more than 100, or a count not between 1 and 1000.</exception>
    /// <exception cref="CmfblApiException">The service answered with <c>ret</c> other than 200.</exception>
    /// <exception cref="CmfblServiceUnavailableException">No answer within <see cref="QuoteStreamOptions.RequestTimeout"/>, or the connection dropped.</exception>
    /// <exception cref="CmfblProtocolException">The answer could not be read.</exception>
    Task<IReadOnlyList<KlineSeries>> GetKlineBatchAsync(IReadOnlyList<KlineQuery> queries, CancellationToken cancellationToken = default);
}

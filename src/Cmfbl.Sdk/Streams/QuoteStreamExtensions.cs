using System.Runtime.CompilerServices;

namespace Cmfbl.Sdk.Streams;

/// <summary>Shortcuts over <see cref="IQuoteStream.SubscribeAsync"/>.</summary>
public static class QuoteStreamExtensions
{
    /// <summary>
    /// Subscribes to the real-time tickers of <paramref name="symbols"/> and returns only the ticks. Frames that cannot
    /// be read are left out here (they are still logged and counted); use <see cref="IQuoteStream.SubscribeAsync"/> to see them.
    /// </summary>
    /// <param name="stream">The quote stream.</param>
    /// <param name="symbols">The products.</param>
    /// <param name="cancellationToken">Ends the enumeration and unsubscribes.</param>
    /// <returns>The ticks: the snapshot, then live pushes.</returns>
    public static async IAsyncEnumerable<QuoteTick> SubscribeTickersAsync(
        this IQuoteStream stream,
        IEnumerable<QuoteSymbol> symbols,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(symbols);
        var subscription = new QuoteSubscription { Symbols = [.. symbols] };
        await foreach (var quote in stream.SubscribeAsync(subscription, cancellationToken).ConfigureAwait(false))
        {
            if (quote is QuoteTick tick)
            {
                yield return tick;
            }
        }
    }
}

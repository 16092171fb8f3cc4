using Cmfbl.Sdk.Streams;
using Cmfbl.Sdk.Streams.Internal;

namespace Cmfbl.Sdk.Tests.Streams;

/// <summary>Collects what a parser produced.</summary>
internal sealed class QuoteSink : IQuoteSink
{
    public List<QuoteEvent> Quotes { get; } = [];

    public void OnQuote(QuoteEvent quote) => Quotes.Add(quote);
}

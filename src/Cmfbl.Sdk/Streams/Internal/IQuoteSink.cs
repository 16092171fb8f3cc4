namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>Receives the events a quote frame holds (a <c>pr(…)</c> frame or a snapshot can hold several).</summary>
internal interface IQuoteSink
{
    void OnQuote(QuoteEvent quote);
}

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>How a quote endpoint takes its <c>{trace, data}</c> request (the quote service's HTTP endpoints, not gateway operations).</summary>
internal enum QuoteRequestForm
{
    /// <summary>Not a quote endpoint: a gateway operation with the gateway envelope.</summary>
    None,

    /// <summary>URL-encoded JSON in the <c>query</c> query parameter (<c>depth-tick</c>, <c>trade-tick</c>, <c>kline</c>).</summary>
    Query,

    /// <summary>JSON in the body of the GET (<c>batch-kline</c>).</summary>
    Body,
}

namespace Cmfbl.Sdk.Streams;

/// <summary>What a quote subscription asks for; combine them with <c>|</c>.</summary>
[Flags]
public enum QuoteChannels
{
    /// <summary>Nothing (not valid for a subscription).</summary>
    None = 0,

    /// <summary>Real-time tickers (protocol 14000): a snapshot per symbol, then a <see cref="QuoteTick"/> per <c>p(…)</c> push.</summary>
    Tickers = 1,

    /// <summary>Order book and trades (protocol 14010): <see cref="QuoteDepth"/> per <c>pd(…)</c> push and <see cref="QuoteTrade"/> per <c>pt(…)</c> push.</summary>
    Market = 2,

    /// <summary>24-hour rolling statistics (protocol 14016): <see cref="QuoteRollingStats"/> per <c>pr(…)</c> push.</summary>
    Rolling24Hours = 4,
}

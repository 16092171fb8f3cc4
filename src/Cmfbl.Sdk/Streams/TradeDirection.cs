namespace Cmfbl.Sdk.Streams;

/// <summary>The aggressor side of a trade on the quote stream (<c>trade_direction</c>).</summary>
public enum TradeDirection
{
    /// <summary>0: not stated.</summary>
    None = 0,

    /// <summary>1: buy.</summary>
    Buy = 1,

    /// <summary>2: sell.</summary>
    Sell = 2,
}

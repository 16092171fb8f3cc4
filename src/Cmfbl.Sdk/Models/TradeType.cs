using System.Text.Json.Serialization;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Models;

/// <summary>A trading mode, which the vendor calls "gameplay" or "game" (the <c>tradeType</c> field).</summary>
/// <remarks>
/// Read with a tolerant converter: the code may arrive as a number or a numeric string; a code this SDK does not know
/// is kept as the number (cast it to <see cref="int"/> to see it), never rejected; <c>""</c> reads as 0.
/// Written as a number.
/// </remarks>
[JsonConverter(typeof(TolerantEnumConverter<TradeType>))]
public enum TradeType
{
    /// <summary>1: Contracts, cross margin ("full position").</summary>
    ContractCross = 1,

    /// <summary>2: Contracts, isolated margin ("by position").</summary>
    ContractIsolated = 2,

    /// <summary>3: Leveraged (margin) trading.</summary>
    Leverage = 3,

    /// <summary>5: Spot.</summary>
    Spot = 5,

    /// <summary>6: Stocks.</summary>
    Stock = 6,

    /// <summary>10: The trading bridge (orders routed to an external exchange).</summary>
    TradingBridge = 10,
}

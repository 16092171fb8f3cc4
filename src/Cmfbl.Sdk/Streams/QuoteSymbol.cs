using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams;

/// <summary>A product on the quote stream: the vendor's numeric product id and the trading mode it is quoted for.</summary>
/// <param name="SymbolId">The product id (<c>symbol_id</c>, as <c>getSymbolBaseList</c> returns it as <c>symbolId</c>).</param>
/// <param name="TradeType">The trading mode (<c>trade_type</c>).</param>
public readonly record struct QuoteSymbol(long SymbolId, TradeType TradeType)
{
    /// <inheritdoc/>
    public override string ToString() => $"{SymbolId}/{(int)TradeType}";
}

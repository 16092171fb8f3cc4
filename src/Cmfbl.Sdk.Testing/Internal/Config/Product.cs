namespace Cmfbl.Sdk.Testing.Internal.Config;

/// <summary>A product (symbol) of the fake company.</summary>
/// <param name="Id">The product id (<c>symbolId</c>).</param>
/// <param name="Code">The product code.</param>
/// <param name="Name">The display name.</param>
/// <param name="BaseCurrency">The base currency.</param>
/// <param name="ProfitCurrency">The profit currency.</param>
/// <param name="TradeTypes">The trade types it is offered on.</param>
/// <param name="SymbolGroupId">The product group.</param>
/// <param name="Digits">The price decimal places.</param>
/// <param name="ContractSize">Units per lot: quantity = lots × contract size.</param>
/// <param name="Hours">When it trades.</param>
internal sealed record Product(
    long Id,
    string Code,
    string Name,
    string BaseCurrency,
    string ProfitCurrency,
    int[] TradeTypes,
    long SymbolGroupId,
    int Digits,
    decimal ContractSize,
    TradingHours Hours)
{
    public bool OffersTradeType(int tradeType) => Array.IndexOf(TradeTypes, tradeType) >= 0;
}

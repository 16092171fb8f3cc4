using System.Text.Json;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Models;

public class TradeTypeCurrencyTests
{
    [Fact]
    public void Create_OneCurrency_WritesCodeAsString()
    {
        var item = TradeTypeCurrency.Create(TradeType.ContractCross, "USDT");

        Assert.Equal("1", item.TradeType);
        Assert.Equal("USDT", item.AllCurrency);
        Assert.Equal("""{"tradeType":"1","allCurrency":"USDT"}""", JsonSerializer.Serialize(item, CmfblJsonContext.Default.TradeTypeCurrency));
    }

    [Fact]
    public void Create_SeveralCurrencies_JoinsWithCommas() =>
        Assert.Equal("USDT,BTC,ETH", TradeTypeCurrency.Create(TradeType.Spot, "USDT", "BTC", "ETH").AllCurrency);

    [Fact]
    public void Create_UnknownTradeType_KeepsCode() => Assert.Equal("9", TradeTypeCurrency.Create((TradeType)9, "USDT").TradeType);

    [Fact]
    public void Create_NoCurrency_Throws() => Assert.Throws<ArgumentException>(() => TradeTypeCurrency.Create(TradeType.Spot));

    [Fact]
    public void Create_EmptyCurrency_Throws() => Assert.Throws<ArgumentException>(() => TradeTypeCurrency.Create(TradeType.Spot, "USDT", " "));

    [Fact]
    public void Create_NullArray_Throws() => Assert.Throws<ArgumentNullException>(() => TradeTypeCurrency.Create(TradeType.Spot, null!));

    [Fact]
    public void Deserialize_TradeTypeAsNumber_ReadsText()
    {
        var item = JsonSerializer.Deserialize("""{"tradeType": 1, "allCurrency": "USDT"}""", CmfblJsonContext.Default.TradeTypeCurrency);

        Assert.Equal("1", item!.TradeType);
    }
}

using System.Text.Json;
using Cmfbl.Sdk.ClientApi.Platform.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Tests.Models;

/// <summary>A map the spec declares (<c>additionalProperties</c>) reads every key the service sends, not only the example's.</summary>
public class MapModelTests
{
    [Fact]
    public void AccountInfoMap_CurrencyTheSpecExampleLacks_IsRead()
    {
        const string Json = """{"currentNav": "1.02", "accountInfoMap": {"BTC": {"accountId": 1001516, "currency": "BTC", "tradeType": 5, "weight": "1.235584%"}, "XRP": {"accountId": 1001517, "currency": "XRP", "tradeType": 5}}}""";

        var result = JsonSerializer.Deserialize(Json, ClientJsonContext.Default.GetEquityPremiumRateResult)!;

        Assert.Equal(["BTC", "XRP"], result.AccountInfoMap!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1001517L, result.AccountInfoMap["XRP"].AccountId);
        Assert.Equal(TradeType.Spot, result.AccountInfoMap["BTC"].TradeType);
        Assert.Equal("1.235584%", result.AccountInfoMap["BTC"].Weight);
    }

    [Fact]
    public void AccountInfoMap_WrittenBack_KeepsItsKeys()
    {
        var result = new GetEquityPremiumRateResult { AccountInfoMap = new Dictionary<string, PremiumRate> { ["ETH"] = new() { AccountId = 7 } } };

        var json = JsonSerializer.Serialize(result, ClientJsonContext.Default.GetEquityPremiumRateResult);

        Assert.Contains("\"accountInfoMap\":{\"ETH\":{", json, StringComparison.Ordinal);
    }
}

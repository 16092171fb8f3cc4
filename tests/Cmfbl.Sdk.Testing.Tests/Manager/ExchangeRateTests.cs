using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Testing.Tests.TestSupport;

namespace Cmfbl.Sdk.Testing.Tests.Manager;

public sealed class ExchangeRateTests : ManagerSdkTest
{
    [Fact]
    public async Task GetExchangeRate_ToUsdt_MultipliesByTheMarketPrice()
    {
        var rates = await Manager.Funds.GetExchangeRateAsync(new GetExchangeRateRequest
        {
            Type = 1,
            CurrencyMap = new Dictionary<string, string> { ["BTC"] = "USDT", ["BNB"] = "USDT" },
        });

        var btc = rates.Single(r => r.SourceCurrency == "BTC");
        Assert.Equal(("USDT", "65000.25", "multiply", 8, 4), (btc.TargetCurrency, btc.Rate, btc.FormulaSymbol, btc.SourceDigits, btc.TargetDigits));
        Assert.Equal("600", rates.Single(r => r.SourceCurrency == "BNB").Rate);
    }

    [Fact]
    public async Task GetExchangeRate_QuoteMoves_TheRateFollowsAndACheaperSourceDivides()
    {
        Server.Streams.Market.SetQuote(1, bid: 60000.00m, ask: 60000.00m);

        var rates = await Manager.Funds.GetExchangeRateAsync(new GetExchangeRateRequest
        {
            CurrencyMap = new Dictionary<string, string> { ["BTC"] = "USDT", ["BNB"] = "BTC" },
        });

        Assert.Equal("60000", rates.Single(r => r.SourceCurrency == "BTC").Rate);
        var bnb = rates.Single(r => r.SourceCurrency == "BNB");
        Assert.Equal(("BTC", "divide", "100"), (bnb.TargetCurrency, bnb.FormulaSymbol, bnb.Rate));
    }

    [Fact]
    public async Task GetExchangeRate_MoreThanFiftyPairs_IsRefusedWithFs10005()
    {
        // Raw: the generated request only carries the spec example's BTC and BNB keys (reported).
        await using var api = new ApiClient(Server);
        var pairs = Enumerable.Range(0, 51).ToDictionary(i => "C" + i, _ => "USDT");

        var response = await api.ManagerAsync("fund.admin.CustomerFundAdminDubboService.getExchangeRate", new { currencyMap = pairs }, await api.AuthAsync());

        response.AssertError("FS10005", "FS");
    }
}

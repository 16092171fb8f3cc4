using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.admin.CustomerFundAdminDubboService.getExchangeRate</c>: for each <c>currencyMap</c> pair (source → target,
/// at most 50) the rate from the fake's prices; <c>multiply</c> when the source is worth more than the target, else
/// <c>divide</c> by the inverse. Pairs with a currency the fake cannot price are left out.
/// </summary>
internal sealed class GetExchangeRateOperation(CurrencyPrices prices)
    : OperationBase("fund.admin.CustomerFundAdminDubboService.getExchangeRate")
{
    private const int MaxPairs = 50;
    private const int RateDigits = 8;

    public override Outcome Handle(OperationCall call)
    {
        if (call.Body["currencyMap"] is not JsonObject map || map.Count == 0)
        {
            return Errors.BadParameter("currencyMap");
        }

        if (map.Count > MaxPairs)
        {
            return Errors.TooManyCurrencyPairs;
        }

        if (JsonRead.Int64(call.Body, "type") is { } type and not (1 or 2))
        {
            return Errors.BadParameter("type");
        }

        var rates = new JsonArray();
        foreach (var (source, target) in map.Select(p => (p.Key, JsonRead.Text(map, p.Key))))
        {
            if (target is not null && Rate(source, target) is { } rate)
            {
                rates.Add(rate);
            }
        }

        return Outcome.Ok(rates);
    }

    private JsonObject? Rate(string source, string target)
    {
        if (prices.InUsdt(source) is not { } from || prices.InUsdt(target) is not { } to)
        {
            return null;
        }

        var multiply = from >= to;
        return new JsonObject
        {
            ["sourceCurrency"] = source,
            ["targetCurrency"] = target,
            ["rate"] = Trading.WireFormat.Trim(Math.Round(multiply ? from / to : to / from, RateDigits, MidpointRounding.AwayFromZero)),
            ["formulaSymbol"] = multiply ? "multiply" : "divide",
            ["sourceDigits"] = AssetCatalog.Describe(source).Digits,
            ["targetDigits"] = AssetCatalog.Describe(target).Digits,
        };
    }
}

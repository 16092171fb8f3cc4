using System.Globalization;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Config;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// Reads and checks the body of <c>addMarketOrder</c> / <c>calculateMarketOrder</c> (REFERENCE §3.4): a missing or
/// malformed field is <c>GATEWAY_CODE_104</c> naming it; <c>requestPrice</c>, <c>stopLoss</c> and <c>takeProfit</c>
/// must be integer strings (the price × 10^symbolDigits), <c>accountDigits</c> the account's, <c>requestNum</c> a
/// quantity the product allows, <c>source</c> and <c>thirdPartyOrder</c> at most 255 letters, digits or underscores.
/// </summary>
internal static class OrderTicketReader
{
    private const int MaxTextLength = 255;

    private static readonly string[] RequiredFields = ["requestTime", "requestPrice", "requestNum", "accountCurrency", "accountDigits"];

    public static (OrderTicket? Ticket, FakeError? Error) Read(JsonObject body, Holder holder, DateTimeOffset now)
    {
        if (JsonRead.Int64(body, "bizType") is not { } bizType || bizType is not (Deal.MarketOpen or Deal.MarketClose or Deal.LimitPending or Deal.StopPending))
        {
            return Fail("bizType");
        }

        if (JsonRead.Int64(body, "direction") is not { } direction || direction is not (1 or 2))
        {
            return Fail("direction");
        }

        if (JsonRead.Int64(body, "symbolId") is not { } symbolId)
        {
            return Fail("symbolId");
        }

        if (ProductCatalog.Find(symbolId) is not { } product || !product.OffersTradeType(holder.TradeType))
        {
            return (null, TradeErrors.SymbolNotConfigured);
        }

        var missing = RequiredFields.FirstOrDefault(f => JsonRead.Text(body, f) is null);
        if (missing is not null)
        {
            return Fail(missing);
        }

        if (JsonRead.Int64(body, "requestTime") is null)
        {
            return Fail("requestTime");
        }

        if (JsonRead.Int64(body, "accountDigits") != holder.Digits)
        {
            return Fail("accountDigits");
        }

        if (!Scaled(body, "requestPrice", out var requestPrice) || (Deal.IsPending((int)bizType) && requestPrice == 0))
        {
            return Fail("requestPrice");
        }

        if (!Scaled(body, "stopLoss", out var stopLoss))
        {
            return Fail("stopLoss");
        }

        if (!Scaled(body, "takeProfit", out var takeProfit))
        {
            return Fail("takeProfit");
        }

        if (JsonRead.Decimal(body, "requestNum") is not { } volume)
        {
            return Fail("requestNum");
        }

        if (!VolumeRules.Allows(volume))
        {
            return (null, TradeErrors.QuantityOutOfRange);
        }

        var positionId = JsonRead.Int64(body, "positionId");
        if (bizType == Deal.MarketClose && positionId is null)
        {
            return Fail("positionId");
        }

        if (!Name(body, "source", out var source))
        {
            return Fail("source");
        }

        if (!Name(body, "thirdPartyOrder", out var thirdPartyOrder))
        {
            return Fail("thirdPartyOrder");
        }

        if (!Deal.IsPending((int)bizType) && !product.Hours.IsOpen(now))
        {
            return (null, TradeErrors.OutsideTradingHours);
        }

        return (new OrderTicket(
            holder,
            product,
            (int)bizType,
            (int)direction,
            volume,
            WireFormat.ToDecimal(requestPrice, product.Digits),
            stopLoss,
            takeProfit,
            positionId,
            DateTimeOffset.FromUnixTimeMilliseconds(JsonRead.Int64(body, "requestTime")!.Value),
            source ?? "System",
            thirdPartyOrder,
            JsonRead.Text(body, "remark")), null);
    }

    private static (OrderTicket?, FakeError?) Fail(string field) => (null, Errors.BadParameter(field));

    /// <summary>An optional scaled price: null when absent; present, a non-negative integer (a JSON integer or an integer string).</summary>
    public static bool TryScaled(JsonObject body, string name, out long? value)
    {
        value = null;
        if (JsonRead.Text(body, name) is not { } text)
        {
            return true;
        }

        var ok = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        value = number;
        return ok;
    }

    private static bool Scaled(JsonObject body, string name, out long value)
    {
        var ok = TryScaled(body, name, out var read);
        value = read ?? 0;
        return ok;
    }

    /// <summary>An optional name: at most 255 ASCII letters, digits or underscores.</summary>
    private static bool Name(JsonObject body, string name, out string? value)
    {
        value = JsonRead.Text(body, name);
        return value is null || (value.Length <= MaxTextLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));
    }
}

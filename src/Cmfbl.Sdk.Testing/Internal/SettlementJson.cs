using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>The Webhook API bodies the fake platform sends, and a tolerant reader of the envelopes it gets back.</summary>
internal static class SettlementJson
{
    public static JsonObject Adjustment(FakeAdjustment adjustment, TimeProvider time)
    {
        var body = Common(adjustment, adjustment.RequestUniqueNo, time);
        body["operationType"] = adjustment.OperationType;
        return body;
    }

    public static JsonObject Cancellation(FakeAdjustment original, string cancelRequestUniqueNo, TimeProvider time)
    {
        var body = Common(original, cancelRequestUniqueNo, time);
        body["amount"] = Math.Abs(original.Amount).ToString(CultureInfo.InvariantCulture);
        body["reverseRequestUniqueNo"] = original.RequestUniqueNo;
        body["cancelRemark"] = "External system adjustment timed out or failed";
        return body;
    }

    /// <summary>Reads <c>code</c> (text or number), <c>msg</c>, <c>trace</c> and <c>data</c>; an answer that is not an envelope leaves them null.</summary>
    public static FakeSettlementExchange ReadReply(FakeSettlementExchange exchange)
    {
        try
        {
            using var document = JsonDocument.Parse(exchange.ResponseBody ?? string.Empty);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return exchange;
            }

            return exchange with
            {
                Code = Text(root, "code"),
                Message = Text(root, "msg"),
                EchoedTrace = Text(root, "trace"),
                DataJson = root.TryGetProperty("data", out var data) ? data.GetRawText() : null,
            };
        }
        catch (JsonException)
        {
            return exchange;
        }
    }

    private static JsonObject Common(FakeAdjustment adjustment, string requestUniqueNo, TimeProvider time)
    {
        var body = new JsonObject
        {
            ["thirdServerCode"] = adjustment.ThirdServerCode,
            ["userName"] = adjustment.UserName,
            ["currency"] = adjustment.Currency,
            ["bizType"] = adjustment.BizType,
            ["amount"] = adjustment.Amount.ToString(CultureInfo.InvariantCulture),
            ["amountDigits"] = adjustment.AmountDigits,
            ["orderId"] = adjustment.OrderId,
            ["requestUniqueNo"] = requestUniqueNo,
            ["requestTime"] = time.GetUtcNow().ToUnixTimeMilliseconds(),
            ["ip"] = adjustment.Ip,
        };
        if (adjustment.Metadata is not null)
        {
            body["metadata"] = adjustment.Metadata;
        }

        return body;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                _ => null,
            }
            : null;
}

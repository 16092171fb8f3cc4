using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>Builds the platform's requests by hand and reads the replies, so the tests see the exact wire.</summary>
public static class SettlementWire
{
    public const long CompanyId = 439;
    public const string Prefix = "cmfbl/settlement/";
    public const string BalancePath = Prefix + "get-user-amount";
    public const string AdjustPath = Prefix + "external-system-credit-limit-adjustment";
    public const string CancelPath = Prefix + "cancel-external-system-credit-limit-adjustment";

    public static JsonObject BalanceBody(string userName = "86000001", string currency = "USDT") => new()
    {
        ["thirdServerCode"] = "wallet-user-1",
        ["userName"] = userName,
        ["currency"] = currency,
    };

    public static JsonObject AdjustBody(string requestUniqueNo, decimal amount = 12.5m, string operationType = "OPEN_POSITION", string userName = "86000001") => new()
    {
        ["thirdServerCode"] = "wallet-user-1",
        ["userName"] = userName,
        ["currency"] = "USDT",
        ["bizType"] = 1,
        ["operationType"] = operationType,
        ["amount"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["amountDigits"] = 4,
        ["orderId"] = 1234567890123L,
        ["requestUniqueNo"] = requestUniqueNo,
        ["requestTime"] = 1722093946335L,
        ["ip"] = "203.0.113.7",
        ["metadata"] = "{\"note\":\"x\"}",
    };

    public static JsonObject CancelBody(string requestUniqueNo, string reverseRequestUniqueNo, decimal amount = 12.5m)
    {
        var body = AdjustBody(requestUniqueNo, amount);
        body.Remove("operationType");
        body["reverseRequestUniqueNo"] = reverseRequestUniqueNo;
        body["cancelRemark"] = "timeout";
        return body;
    }

    public static Task<WireReply> PostAsync(HttpClient client, string path, JsonNode body, string? trace = null, long? companyId = CompanyId) =>
        PostRawAsync(client, path, Encoding.UTF8.GetBytes(body.ToJsonString()), trace ?? "t-" + Guid.NewGuid().ToString("N"), companyId);

    public static async Task<WireReply> PostRawAsync(HttpClient client, string path, byte[] body, string? trace, long? companyId = CompanyId, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (trace is not null)
        {
            request.Headers.TryAddWithoutValidation("trace", trace);
        }

        if (companyId is not null)
        {
            request.Headers.TryAddWithoutValidation("companyId", companyId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        request.Headers.TryAddWithoutValidation("timestamp", "1722093946335");
        foreach (var header in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var response = await client.SendAsync(request);
        return new WireReply(response.StatusCode, await response.Content.ReadAsStringAsync(), trace);
    }
}

/// <summary>A reply as received: status and body, with the envelope parsed.</summary>
public sealed record WireReply(HttpStatusCode Status, string Body, string? SentTrace)
{
    public JsonElement Envelope => JsonDocument.Parse(Body).RootElement;

    public string Code => Envelope.GetProperty("code").GetString()!;

    public string Trace => Envelope.GetProperty("trace").GetString()!;

    public JsonElement Data => Envelope.GetProperty("data");
}

using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Internal;

namespace Cmfbl.Sdk.AspNetCore.Bridge.Internal;

/// <summary>
/// Reads <c>content</c> into a typed notification. The vendor names the message types but not the field that carries
/// the type, so the first of <c>msgType</c>, <c>type</c>, <c>messageType</c>, <c>eventType</c>, <c>reportType</c>
/// holding a known type is used (or the outer <c>msgType</c> when it is one), and the fields are read from a
/// <c>data</c> object when there is one, else from the top level. Anything unreadable becomes an
/// <see cref="UnknownBridgeNotification"/>: a notification is never refused for its content.
/// </summary>
internal static class BridgeContent
{
    public const string CancelReport = "ORDER_CANCEL_REPORT";
    public const string ExecutionReport = "ORDER_EXEC_REPORT";
    public const string ExpiredReport = "ORDER_EXPIRED_REPORT";
    public const string QuoteTag = "QUOTE_TAG";

    private static readonly string[] TypeFields = ["msgType", "type", "messageType", "eventType", "reportType"];

    public static BridgeNotification Parse(string msgType, string content, string trace, long companyId)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
        }

        using (document)
        {
            var root = document?.RootElement;
            var type = IsKnown(msgType) ? msgType : root is { ValueKind: JsonValueKind.Object } o ? FindType(o) : null;
            var fields = root is { ValueKind: JsonValueKind.Object } r
                ? new JsonFields(r.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : r)
                : null;
            BridgeNotification notification = (type, fields) switch
            {
                (CancelReport, { } f) => Order(new OrderCancelReport { Remark = f.String("remark", false), Trace = trace, CompanyId = companyId, MsgType = msgType, Content = content }, f),
                (ExpiredReport, { } f) => Order(new OrderExpiredReport { Remark = f.String("remark", false), Trace = trace, CompanyId = companyId, MsgType = msgType, Content = content }, f),
                (ExecutionReport, { } f) => Order(Execution(f) with { Trace = trace, CompanyId = companyId, MsgType = msgType, Content = content }, f),
                (QuoteTag, _) => new QuoteTagNotification { Trace = trace, CompanyId = companyId, MsgType = msgType, Content = content },
                _ => new UnknownBridgeNotification { Trace = trace, CompanyId = companyId, MsgType = msgType, Content = content },
            };
            return notification with { MessageType = type ?? (root is { ValueKind: JsonValueKind.Object } x ? AnyType(x) : null) };
        }
    }

    private static bool IsKnown(string? type) => type is CancelReport or ExecutionReport or ExpiredReport or QuoteTag;

    private static string? FindType(JsonElement root) =>
        TypeFields.Select(name => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(IsKnown);

    private static string? AnyType(JsonElement root) =>
        TypeFields.Select(name => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null)
            .FirstOrDefault(value => value is not null);

    private static OrderExecutionReport Execution(JsonFields f) => new()
    {
        Trace = string.Empty,
        CompanyId = 0,
        MsgType = string.Empty,
        Content = string.Empty,
        TradeId = f.String("tradeId", false),
        ExecuteNum = f.Decimal("executeNum", false),
        ExecutePrice = f.Decimal("executePrice", false),
        ExecuteTime = UnixTime.FromMilliseconds(f.Int64("executeTime", false)),
        SymbolId = f.Int64("symbolId", false),
        Commission = f.Decimal("commission", false),
        CommissionCurrency = f.String("commissionCurrency", false),
        Status = f.Int32("status", false),
    };

    private static T Order<T>(T notification, JsonFields f)
        where T : BridgeOrderNotification => notification with
        {
            ExchangeId = f.String("exchangeId", false),
            TradeType = f.Int64("tradeType", false),
            CustomerId = f.Int64("customerId", false),
            CustomerNo = f.String("customerNo", false),
            AccountName = f.String("accountName", false),
            OrderId = f.String("orderId", false),
            ClientOrderId = f.String("clientOrderId", false),
        };
}

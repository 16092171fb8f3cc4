using Cmfbl.Sdk.AspNetCore.Bridge;

namespace Cmfbl.Sdk.Samples.Receivers;

/// <summary>Bridge notifications: one method, a switch on the typed event.</summary>
public sealed class TradeNotificationHandler(TextWriter output) : IBridgeNotificationHandler
{
    public Task HandleAsync(BridgeNotification notification, CancellationToken cancellationToken)
    {
        var line = notification switch
        {
            OrderExecutionReport fill => $"  receiver: fill {fill.TradeId} of order {fill.OrderId}: {fill.ExecuteNum} at {fill.ExecutePrice} (status {fill.Status})",
            OrderCancelReport cancel => $"  receiver: order {cancel.OrderId} cancelled by the customer",
            OrderExpiredReport expired => $"  receiver: order {expired.OrderId} expired",
            QuoteTagNotification => "  receiver: RFQ update",
            _ => $"  receiver: unknown notification {notification.MessageType}, acknowledged",
        };
        return output.WriteLineAsync(line);
    }
}

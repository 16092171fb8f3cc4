namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>
/// Your side of Bridge trade notifications. Register it with <c>services.AddCmfblBridgeNotifications&lt;THandler&gt;(…)</c>
/// and map it with <c>app.MapCmfblBridgeNotifications(…)</c>; the package checks the signature and the company, parses
/// <c>content</c> and answers <c>data: true</c> when you return.
/// </summary>
/// <remarks>
/// The platform may deliver a notification more than once: make handling idempotent (for fills, by
/// <see cref="OrderExecutionReport.TradeId"/>). Throwing answers HTTP 500 so the platform may deliver it again.
/// </remarks>
public interface IBridgeNotificationHandler
{
    /// <summary>Handles one notification; switch on its type.</summary>
    /// <param name="notification">The typed notification.</param>
    /// <param name="cancellationToken">Fires when the platform disconnects.</param>
    /// <returns>A task that completes when handled.</returns>
    Task HandleAsync(BridgeNotification notification, CancellationToken cancellationToken);
}

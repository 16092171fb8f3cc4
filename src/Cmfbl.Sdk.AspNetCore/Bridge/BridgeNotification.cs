namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>
/// A notification the platform pushed to your Bridge webhook (<c>{msgType, content}</c>, REFERENCE §4.4), with its
/// <c>content</c> read into one of the typed events: <see cref="OrderCancelReport"/>, <see cref="OrderExecutionReport"/>,
/// <see cref="OrderExpiredReport"/>, <see cref="QuoteTagNotification"/>, or <see cref="UnknownBridgeNotification"/>.
/// </summary>
public abstract record BridgeNotification
{
    /// <summary>Gets the platform's <c>trace</c> header.</summary>
    public required string Trace { get; init; }

    /// <summary>Gets the <c>companyId</c> header (checked against <see cref="BridgeNotificationOptions.CompanyId"/>).</summary>
    public required long CompanyId { get; init; }

    /// <summary>Gets the outer <c>msgType</c> (<c>trade</c> for trade messages).</summary>
    public required string MsgType { get; init; }

    /// <summary>Gets the message type inside <c>content</c>, e.g. <c>ORDER_EXEC_REPORT</c>, or <see langword="null"/> when none was found.</summary>
    public string? MessageType { get; init; }

    /// <summary>Gets <c>content</c> exactly as received (a JSON string), for fields this version does not read.</summary>
    public required string Content { get; init; }
}

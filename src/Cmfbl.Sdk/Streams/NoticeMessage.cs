using System.Text.Json;
using Cmfbl.Sdk.Models;

namespace Cmfbl.Sdk.Streams;

/// <summary>A notice (<c>msgCode</c> <c>notice</c>): something changed that the client should refresh, and optionally show.</summary>
public sealed record NoticeMessage : MessageEvent
{
    /// <summary>Gets the trading mode it concerns (<c>tradeType</c>).</summary>
    public TradeType? TradeType { get; init; }

    /// <summary>Gets what to refresh (<c>updateType</c>); a code this SDK does not know is kept as its number.</summary>
    public NoticeUpdateType UpdateType { get; init; }

    /// <summary>Gets whether the client should show the notice to the customer (<c>show</c> = 1).</summary>
    public bool Show { get; init; }

    /// <summary>Gets the notice's business type (<c>bizType</c>, for example <c>AUDIT_CUSTOMER_SUCCESS</c>).</summary>
    public string? BizType { get; init; }

    /// <summary>Gets the whole <c>content</c> object as sent (title, text and other fields the vendor adds).</summary>
    public JsonElement Content { get; init; }
}

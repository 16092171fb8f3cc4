namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary><c>QUOTE_TAG</c>: an RFQ was opened or closed, or quoted. The vendor does not document its fields: read <see cref="BridgeNotification.Content"/>.</summary>
public sealed record QuoteTagNotification : BridgeNotification;

namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>A notification whose type this version does not know (or whose <c>content</c> is not a JSON object). It is still acknowledged; read <see cref="BridgeNotification.Content"/>.</summary>
public sealed record UnknownBridgeNotification : BridgeNotification;

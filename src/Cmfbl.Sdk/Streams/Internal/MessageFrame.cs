namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>A message socket frame: an event for the subscribers, or the acknowledgement of a subscription (<c>subscribe_success</c> / <c>subscribe_fail</c>).</summary>
internal readonly record struct MessageFrame(MessageEvent? Event, string? Acknowledgement);

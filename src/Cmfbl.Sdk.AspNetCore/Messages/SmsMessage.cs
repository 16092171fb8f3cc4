namespace Cmfbl.Sdk.AspNetCore.Messages;

/// <summary>A text message to send: a message without a <c>title</c>.</summary>
public sealed record SmsMessage : ChannelMessage;

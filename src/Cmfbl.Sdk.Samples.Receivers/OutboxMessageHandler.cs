using Cmfbl.Sdk.AspNetCore.Messages;

namespace Cmfbl.Sdk.Samples.Receivers;

/// <summary>The custom SMS / e-mail channel: hand each message to your provider (here, the console, without the code).</summary>
public sealed class OutboxMessageHandler(TextWriter output) : IMessageChannelHandler
{
    public Task SendEmailAsync(EmailMessage message, CancellationToken cancellationToken) =>
        output.WriteLineAsync($"  receiver: e-mail \"{message.Title}\" queued ({message.Content.Length} characters)");

    public Task SendSmsAsync(SmsMessage message, CancellationToken cancellationToken) =>
        output.WriteLineAsync($"  receiver: SMS queued ({message.Content.Length} characters)");
}

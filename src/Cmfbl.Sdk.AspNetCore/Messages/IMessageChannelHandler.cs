namespace Cmfbl.Sdk.AspNetCore.Messages;

/// <summary>
/// Your custom SMS / e-mail channel (the vendor's Message API). Register it with
/// <c>services.AddCmfblMessageChannel&lt;THandler&gt;(…)</c> and map it with <c>app.MapCmfblMessageChannel(…)</c>; the
/// package decrypts and checks <c>sign</c> before calling you, and answers <c>{"msg":"success","code":"200"}</c>
/// when you return.
/// </summary>
public interface IMessageChannelHandler
{
    /// <summary>Sends an e-mail (a message with a <c>title</c>).</summary>
    /// <param name="message">The e-mail.</param>
    /// <param name="cancellationToken">Fires when the platform disconnects.</param>
    /// <returns>A task that completes when sent (or queued); throwing answers HTTP 500.</returns>
    Task SendEmailAsync(EmailMessage message, CancellationToken cancellationToken);

    /// <summary>Sends a text message (a message without a <c>title</c>).</summary>
    /// <param name="message">The text message.</param>
    /// <param name="cancellationToken">Fires when the platform disconnects.</param>
    /// <returns>A task that completes when sent (or queued); throwing answers HTTP 500.</returns>
    Task SendSmsAsync(SmsMessage message, CancellationToken cancellationToken);
}

using System.Security.Cryptography;
using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Messages.Internal;

/// <summary>The custom message endpoint: body, <c>sign</c> check, e-mail or SMS, and the Message API's reply <c>{msg, code}</c>.</summary>
internal sealed class MessageProcessor : IDisposable
{
    private readonly MessageChannelOptions _options;
    private readonly RSA? _ownedKey;
    private readonly RSA _key;
    private readonly ILogger _logger;

    public MessageProcessor(IOptions<MessageChannelOptions> options, ILoggerFactory loggers)
    {
        _options = options.Value;
        _logger = loggers.CreateLogger("Cmfbl.Sdk.AspNetCore.Messages");
        if (_options.PrivateKeyRsa is { } rsa)
        {
            _key = rsa;
        }
        else
        {
            _ownedKey = RsaKeys.ImportPrivate(_options.PrivateKey
                ?? throw new InvalidOperationException("Set MessageChannelOptions.PrivateKey or PrivateKeyRsa: custom messages are checked with your RSA private key."));
            _key = _ownedKey;
        }
    }

    public async Task HandleAsync(HttpContext http)
    {
        var body = await RequestBody.ReadAsync(http.Request, _options.MaxRequestBodySize, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(http, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {_options.MaxRequestBodySize} bytes", null).ConfigureAwait(false);
            return;
        }

        ChannelMessage? message;
        string? sign;
        string? problem;
        using (var document = JsonFields.Parse(body, out problem))
        {
            (message, sign) = document is null ? (null, null) : Read(new JsonFields(document.RootElement), out problem);
        }

        if (message is null)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, "invalid message: " + problem, null).ConfigureAwait(false);
            return;
        }

        if (!MessageSign.Matches(_key, sign!, MessageSign.Source(message.ToUser, message.Timestamp, message.Trace)))
        {
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, "the sign did not decrypt to toUser@timestamp@trace with the configured private key", message.Trace).ConfigureAwait(false);
            return;
        }

        try
        {
            var handler = http.RequestServices.GetRequiredService<IMessageChannelHandler>();
            await (message is EmailMessage email
                ? handler.SendEmailAsync(email, http.RequestAborted)
                : handler.SendSmsAsync((SmsMessage)message, http.RequestAborted)).ConfigureAwait(false);
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            Log.NotificationHandlerThrew(_logger, "custom-message", message.Trace, exception);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, "not sent: the handler failed", "500").ConfigureAwait(false);
            return;
        }

        await WriteAsync(http, StatusCodes.Status200OK, "success", "200").ConfigureAwait(false);
    }

    public void Dispose() => _ownedKey?.Dispose();

    private static (ChannelMessage? Message, string? Sign) Read(JsonFields fields, out string? problem)
    {
        var toUser = fields.String("toUser", required: true, maxLength: 320);
        var trace = fields.String("trace", required: true, maxLength: 256);
        var sign = fields.String("sign", required: true, maxLength: 4096);
        var content = fields.String("content", required: true);
        var timestamp = fields.String("timestamp", required: true, maxLength: 32);
        var title = fields.String("title", required: false);
        var pushType = fields.String("pushType", required: false, maxLength: 64);
        var pushId = fields.String("pushId", required: false, maxLength: 256);
        problem = fields.IsValid ? null : fields.Problems;
        if (!fields.IsValid)
        {
            return (null, null);
        }

        var sentAt = UnixTime.FromMilliseconds(long.TryParse(timestamp, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) ? ms : null);
        ChannelMessage message = title is null
            ? new SmsMessage { ToUser = toUser!, Trace = trace!, Content = content!, Timestamp = timestamp!, SentAt = sentAt, PushType = pushType, PushId = pushId }
            : new EmailMessage { ToUser = toUser!, Trace = trace!, Content = content!, Timestamp = timestamp!, SentAt = sentAt, PushType = pushType, PushId = pushId, Title = title };
        return (message, sign);
    }

    private async Task RefuseAsync(HttpContext http, int status, string reason, string? trace)
    {
        Log.MessageRejected(_logger, reason, trace);
        await WriteAsync(http, status, reason, status.ToString(System.Globalization.CultureInfo.InvariantCulture)).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext http, int status, string msg, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(http.Response.BodyWriter);
        await using var _ = writer.ConfigureAwait(false);
        writer.WriteStartObject();
        writer.WriteString("msg", msg);
        writer.WriteString("code", code);
        writer.WriteEndObject();
        await writer.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }
}

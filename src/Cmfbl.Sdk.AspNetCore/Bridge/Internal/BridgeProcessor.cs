using Cmfbl.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Bridge.Internal;

/// <summary>The Bridge notification endpoint: headers, signature, <c>{msgType, content}</c>, the handler, <c>data: true</c>.</summary>
internal sealed class BridgeProcessor(IOptions<BridgeNotificationOptions> options, IBridgeSignatureVerifier verifier, TimeProvider time, ILoggerFactory loggers)
{
    private const string Endpoint = "bridge-notification";

    private readonly BridgeNotificationOptions _options = options.Value;
    private readonly ILogger _logger = loggers.CreateLogger("Cmfbl.Sdk.AspNetCore.Bridge");

    public IBridgeSignatureVerifier Verifier => verifier;

    public async Task HandleAsync(HttpContext http)
    {
        var started = time.GetTimestamp();
        var headers = PlatformHeaders.Read(http.Request, _options.CompanyId, out var rejection);
        BridgeNotification? notification = null;
        if (rejection is null)
        {
            (notification, rejection) = await ReadAsync(http, headers).ConfigureAwait(false);
        }

        if (rejection is not null)
        {
            Log.BridgeRejected(_logger, rejection.Message, headers.Trace);
            await WriteAsync(http, rejection.StatusCode, rejection.Code, rejection.Message, headers.Trace, started, data: false).ConfigureAwait(false);
            return;
        }

        try
        {
            await http.RequestServices.GetRequiredService<IBridgeNotificationHandler>().HandleAsync(notification!, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (!http.RequestAborted.IsCancellationRequested)
        {
            Log.NotificationHandlerThrew(_logger, Endpoint, headers.Trace, exception);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, CmfblReplyCodes.HandlerError, "Not handled: the handler failed", headers.Trace, started, data: false).ConfigureAwait(false);
            return;
        }

        await WriteAsync(http, StatusCodes.Status200OK, CmfblReplyCodes.Success, "Success", headers.Trace, started, data: true).ConfigureAwait(false);
    }

    private async Task<(BridgeNotification? Notification, Rejection? Rejection)> ReadAsync(HttpContext http, PlatformHeaders headers)
    {
        var body = await RequestBody.ReadAsync(http.Request, _options.MaxRequestBodySize, http.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return (null, new Rejection(StatusCodes.Status413PayloadTooLarge, CmfblReplyCodes.PayloadTooLarge, $"The body is larger than {_options.MaxRequestBodySize} bytes."));
        }

        var request = http.Request;
        var apiKey = request.Headers["apiKey"].ToString();
        if (_options.ApiKey is { Length: > 0 } expected && !string.Equals(apiKey, expected, StringComparison.Ordinal))
        {
            return (null, new Rejection(StatusCodes.Status401Unauthorized, CmfblReplyCodes.SignatureInvalid, "The apiKey header is missing or not the configured one."));
        }

        var context = new BridgeSignatureContext(body, NullIfEmpty(request.Headers[HeaderNames.Signature]), NullIfEmpty(request.Headers[HeaderNames.Timestamp]), NullIfEmpty(apiKey), request.Headers);
        if (!Verified(context))
        {
            return (null, new Rejection(StatusCodes.Status401Unauthorized, CmfblReplyCodes.SignatureInvalid, "The signature is missing or does not verify."));
        }

        using var document = JsonFields.Parse(body, out var problem);
        if (document is null)
        {
            return (null, new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, $"Invalid notification: {problem}."));
        }

        var fields = new JsonFields(document.RootElement);
        var msgType = fields.String("msgType", required: true, maxLength: 64);
        var content = fields.String("content", required: true);
        return fields.IsValid
            ? (BridgeContent.Parse(msgType!, content!, headers.Trace, headers.CompanyId), null)
            : (null, new Rejection(StatusCodes.Status400BadRequest, CmfblReplyCodes.InvalidRequest, $"Invalid notification: {fields.Problems}."));
    }

    /// <summary>Runs the verifier; one that throws refuses the notification (logged) instead of failing the request.</summary>
    private bool Verified(BridgeSignatureContext context)
    {
        try
        {
            return verifier.Verify(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.NotificationHandlerThrew(_logger, "bridge-signature-verifier", context.Headers[HeaderNames.Trace].ToString(), exception);
            return false;
        }
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || value.ToString().Length == 0 ? null : value.ToString();

    private Task WriteAsync(HttpContext http, int status, string code, string message, string? trace, long started, bool data) =>
        GatewayEnvelope.WriteAsync(http.Response, status, code, message, string.Empty, trace, (long)time.GetElapsedTime(started).TotalMilliseconds, writer => writer.WriteBooleanValue(data));
}

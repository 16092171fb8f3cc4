using System.Globalization;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Runs once per attempt (inside any retry): sets a fresh <c>timestamp</c> and the session <c>token</c>. When the
/// service says the login expired, it renews the token once (one renewal shared by all concurrent callers) and
/// replays the request once: the gateway rejects an expired token before the operation runs, so a replay cannot
/// duplicate a write.
/// </summary>
internal sealed class AttemptHandler(ITokenSource? defaultTokenSource, TimeProvider timeProvider, ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = request.GetOperation();
        request.Options.Set(RequestOptionKeys.Sent, false);
        SetTimestamp(request);
        var sessionTokens = request.Options.TryGetValue(RequestOptionKeys.TokenSource, out var session) ? session : null;
        var tokens = operation.Auth switch
        {
            OperationAuth.Token => sessionTokens ?? defaultTokenSource ?? throw NoSession(request, operation),
            OperationAuth.TokenWhenAvailable => sessionTokens ?? defaultTokenSource,
            _ => null,
        };
        if (tokens is null)
        {
            LogHeaders(request, operation);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Content is { } content and not (ByteArrayContent or ReadOnlyMemoryContent))
        {
            // The body may be sent twice (token renewal); make a streamed body re-readable (byte and memory bodies already are).
#if NET9_0_OR_GREATER
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await content.LoadIntoBufferAsync().ConfigureAwait(false);
#endif
        }

        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        SetToken(request, operation, token);
        LogHeaders(request, operation);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (CmfblAuthenticationException expired) when (ErrorCodeTable.Classify(expired.Code) == ErrorCategory.LoginExpired)
        {
            Log.RenewingToken(logger, operation.BizType, expired.Code, expired.Trace);
            var renewed = await tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
            SetToken(request, operation, renewed);
            SetTimestamp(request);
            LogHeaders(request, operation);
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (CmfblAuthenticationException again) when (ErrorCodeTable.Classify(again.Code) == ErrorCategory.LoginExpired)
            {
                throw new CmfblAuthenticationException(
                    $"{operation.BizType} was refused with {again.Code} even with a freshly renewed token, so the SDK stopped. Check that the credentials belong to the configured company id and that they may call this operation. Trace: {again.Trace}.",
                    new CmfblApiError(again.Code, again.BizCode, again.Msg, again.MsgParams),
                    new CmfblErrorContext(again.BizType, again.Trace, again.HttpStatus),
                    again);
            }
        }
    }

    private static CmfblInvalidRequestException NoSession(HttpRequestMessage request, OperationDescriptor operation) =>
        new(
            operation.Family == ApiFamily.Manager
                ? $"{operation.BizType} was not sent: it needs the Manager API token, and no credentials are configured. Set Cmfbl:ManagerApi:AppId and Cmfbl:ManagerApi:AppSecret."
                : $"{operation.BizType} was not sent: it needs a logged-in customer. Call it through a CustomerSession (ICustomerSessions.LoginAsync or FromToken).",
            new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
            HeaderNames.Token);

    private static void SetToken(HttpRequestMessage request, OperationDescriptor operation, string token)
    {
        if (!HeaderValues.IsValid(token))
        {
            throw HeaderValues.Invalid(HeaderNames.Token, operation.BizType, request.GetTrace());
        }

        request.SetHeader(HeaderNames.Token, token);
    }

    private void LogHeaders(HttpRequestMessage request, OperationDescriptor operation)
    {
        if (logger.IsEnabled(LogLevel.Trace))
        {
#pragma warning disable CA1873 // Guarded by IsEnabled just above.
            Log.SendingHeaders(logger, operation.BizType, HeaderLogFormatter.Format(request));
#pragma warning restore CA1873
        }
    }

    private void SetTimestamp(HttpRequestMessage request) =>
        request.SetHeader(HeaderNames.Timestamp, timeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
}

using System.Globalization;
using Cmfbl.Sdk.Diagnostics.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Errors.Internal;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>
/// Runs once per attempt (inside any retry: the call handler calls it through the family's resilience pipeline): sets
/// a fresh <c>timestamp</c>, then identifies the call. A call with an API key (an Open API session, the Bridge API) is
/// signed over the exact body bytes it sends; when the gateway says
/// its timestamp was outside the time window, the server clock is synchronised (once for all callers) and the call is
/// signed and sent once more. Any other call gets the session <c>token</c>; when the service says the login expired,
/// the token is renewed once (one renewal shared by all concurrent callers) and the request replayed once. Both
/// refusals come before the operation runs, so a replay cannot duplicate a write. When the family encrypts bodies,
/// each attempt sends the body signed and encrypted with its own timestamp.
/// </summary>
internal sealed class AttemptSender(FamilyAuth auth, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Sends one attempt of <paramref name="call"/>'s request through <paramref name="network"/> and reads its answer (<see cref="EnvelopeExchange"/>).</summary>
    public async ValueTask<HttpResponseMessage> SendAsync(CallState call, INetworkSender network, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var operation = call.Operation;
        call.Sent = false;
        var key = operation.Auth == OperationAuth.None ? null
            : request.Options.TryGetValue(RequestOptionKeys.ApiKey, out var sessionKey) ? sessionKey
            : auth.ApiKey;
        if (key is not null)
        {
            return await SendSignedAsync(call, key, network, cancellationToken).ConfigureAwait(false);
        }

        var sessionTokens = request.Options.TryGetValue(RequestOptionKeys.TokenSource, out var session) ? session : null;
        var tokens = operation.Auth switch
        {
            OperationAuth.Token => sessionTokens ?? auth.Tokens ?? throw NoSession(request, operation),
            OperationAuth.TokenWhenAvailable => sessionTokens ?? auth.Tokens,
            _ => null,
        };
        if (tokens is null)
        {
            await PrepareAsync(request, operation, cancellationToken).ConfigureAwait(false);
            LogHeaders(request, operation);
            return await EnvelopeExchange.SendAsync(call, network, cancellationToken).ConfigureAwait(false);
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
        await PrepareAsync(request, operation, cancellationToken).ConfigureAwait(false);
        LogHeaders(request, operation);
        try
        {
            return await EnvelopeExchange.SendAsync(call, network, cancellationToken).ConfigureAwait(false);
        }
        catch (CmfblAuthenticationException expired) when (ErrorCodeTable.Classify(expired.Code) == ErrorCategory.LoginExpired)
        {
            Log.RenewingToken(logger, operation.BizType, expired.Code, expired.Trace);
            var renewed = await tokens.RenewAsync(token, cancellationToken).ConfigureAwait(false);
            SetToken(request, operation, renewed);
            await PrepareAsync(request, operation, cancellationToken).ConfigureAwait(false);
            LogHeaders(request, operation);
            try
            {
                return await EnvelopeExchange.SendAsync(call, network, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Sends a call signed with an API key; on "outside the time window", synchronises the clock and sends it signed once more.</summary>
    private async ValueTask<HttpResponseMessage> SendSignedAsync(CallState call, ApiKeyCredential key, INetworkSender network, CancellationToken cancellationToken)
    {
        var request = call.Request;
        var operation = call.Operation;
        // The signature covers the body bytes: read them once (buffering a streamed body), and send exactly those.
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var clock = auth.Clock;
        var versionSigned = clock?.Version ?? 0;
        ApiKeySigning.Sign(request, operation, key, body, clock?.GetServerTime() ?? timeProvider.GetUtcNow(), auth.RecvWindow);
        LogHeaders(request, operation);
        try
        {
            return await EnvelopeExchange.SendAsync(call, network, cancellationToken).ConfigureAwait(false);
        }
        catch (CmfblAuthenticationException late) when (late.Code == CmfblErrorCodes.OpenApiOutsideTimeWindow && clock is not null)
        {
            Log.SynchronizingClock(logger, operation.BizType, late.Trace);
            await clock.SynchronizeAsync(versionSigned, cancellationToken).ConfigureAwait(false);
            ApiKeySigning.Sign(request, operation, key, body, clock.GetServerTime(), auth.RecvWindow);
            LogHeaders(request, operation);
            return await EnvelopeExchange.SendAsync(call, network, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stamps the attempt and, when the family encrypts bodies, replaces the body with its encrypted form for this timestamp.</summary>
    private async ValueTask PrepareAsync(HttpRequestMessage request, OperationDescriptor operation, CancellationToken cancellationToken)
    {
        var timestamp = timeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        request.SetHeader(HeaderNames.Timestamp, timestamp);
        if (auth.EncryptionKey is { } publicKey && operation.Auth != OperationAuth.None)
        {
            await BodyEncryption.ApplyAsync(request, operation, publicKey, timestamp, cancellationToken).ConfigureAwait(false);
        }
    }

    private static CmfblInvalidRequestException NoSession(HttpRequestMessage request, OperationDescriptor operation) =>
        operation.Family switch
        {
            ApiFamily.Manager => new(
                $"{operation.BizType} was not sent: it needs the Manager API token, and no credentials are configured. Set Cmfbl:ManagerApi:AppId and Cmfbl:ManagerApi:AppSecret.",
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                HeaderNames.Token),
            ApiFamily.Bridge => new(
                $"{operation.BizType} was not sent: Bridge API calls are signed with the merchant API key, and none is configured. Set Cmfbl:BridgeApi:ApiKey and Cmfbl:BridgeApi:PrivateKey (or register an IRequestSigner).",
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                "Cmfbl:BridgeApi:ApiKey"),
            _ => new(
                $"{operation.BizType} was not sent: it needs a logged-in customer. Call it through a CustomerSession (ICustomerSessions.LoginAsync, FromToken or FromApiKey).",
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                HeaderNames.Token),
        };

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
}

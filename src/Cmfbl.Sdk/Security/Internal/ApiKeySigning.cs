using System.Globalization;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// Signs one attempt of an API-key request (REFERENCE §1.4): <c>apiKey</c>, <c>timestamp</c> (server time),
/// optional <c>recvWindow</c> and <c>signature</c> over the exact body bytes the attempt sends; no <c>token</c>.
/// </summary>
internal static class ApiKeySigning
{
    public const string ApiKeyHeader = "apiKey";
    public const string SignatureHeader = "signature";
    public const string RecvWindowHeader = "recvWindow";

    /// <exception cref="CmfblInvalidRequestException">The signer failed or returned a value that cannot be sent.</exception>
    public static void Sign(HttpRequestMessage request, OperationDescriptor operation, ApiKeyCredential key, ReadOnlyMemory<byte> body, DateTimeOffset now, TimeSpan? recvWindow)
    {
        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Remove(HeaderNames.Token);
        request.SetHeader(ApiKeyHeader, key.ApiKey);
        request.SetHeader(HeaderNames.Timestamp, timestamp);
        if (recvWindow is { } window)
        {
            request.SetHeader(RecvWindowHeader, ((long)window.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        }

        string signature;
        try
        {
            signature = key.Sign(new Security.RequestSigningInput(operation.BizType, key.ApiKey, timestamp, body));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new CmfblInvalidRequestException(
                $"{operation.BizType} was not sent: signing it failed ({exception.GetType().Name}). Check the API key's private key or your IRequestSigner.",
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null),
                SignatureHeader);
        }

        if (string.IsNullOrEmpty(signature) || !HeaderValues.IsValid(signature))
        {
            throw HeaderValues.Invalid(SignatureHeader, operation.BizType, request.GetTrace());
        }

        request.SetHeader(SignatureHeader, signature);
    }
}

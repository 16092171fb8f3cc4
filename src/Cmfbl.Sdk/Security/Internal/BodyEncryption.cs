using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.Security.Internal;

/// <summary>
/// Replaces an attempt's body with its signed and encrypted form (REFERENCE §1.3). Each attempt has its own
/// timestamp, which is part of the signature, so each attempt encrypts the plain body anew.
/// </summary>
internal static class BodyEncryption
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public static async ValueTask ApplyAsync(HttpRequestMessage request, OperationDescriptor operation, RSA publicKey, string timestamp, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(RequestOptionKeys.PlainBody, out var plain))
        {
            plain = request.Content is null ? "{}"u8.ToArray() : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            request.Options.Set(RequestOptionKeys.PlainBody, plain);
        }

        byte[] encrypted;
        try
        {
            encrypted = CompanyBodyCipher.Encrypt(plain, timestamp, publicKey);
        }
        catch (Exception exception) when (exception is JsonException or CryptographicException)
        {
            throw new CmfblInvalidRequestException(
                $"{operation.BizType} was not sent: its body could not be encrypted ({exception.GetType().Name}). Check the family's BodyEncryption:PublicKey.",
                new CmfblErrorContext(operation.BizType, request.GetTrace(), null));
        }

        request.Content?.Dispose();
        request.Content = new ByteArrayContent(encrypted) { Headers = { ContentType = JsonContentType } };
    }
}

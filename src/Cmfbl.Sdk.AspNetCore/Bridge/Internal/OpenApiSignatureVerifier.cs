using Cmfbl.Sdk.AspNetCore.Internal;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Security.Internal;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.AspNetCore.Bridge.Internal;

/// <summary>
/// The default <see cref="IBridgeSignatureVerifier"/>: the Open API scheme (SHA1withRSA, Base64) over
/// <see cref="OpenApiCanonicalizer"/>'s string, checked with <see cref="BridgeNotificationOptions.PlatformPublicKey"/>.
/// </summary>
internal sealed class OpenApiSignatureVerifier : IBridgeSignatureVerifier, IDisposable
{
    private readonly RSA? _key;

    public OpenApiSignatureVerifier(IOptions<BridgeNotificationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.PlatformPublicKey is { Length: > 0 } key)
        {
            _key = RsaKeys.ImportPublic(key);
        }
    }

    public bool HasKey => _key is not null;

    public bool Verify(BridgeSignatureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_key is null || context.Signature is not { Length: > 0 } signatureText)
        {
            return false;
        }

        var signature = new byte[signatureText.Length];
        if (!Convert.TryFromBase64String(signatureText, signature, out var length))
        {
            return false;
        }

        string toSign;
        try
        {
            using var document = JsonDocument.Parse(context.Body);
            toSign = OpenApiCanonicalizer.StringToSign(document.RootElement, context.Timestamp);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, or strings that are not valid UTF-8: nothing that could carry a valid signature.
            return false;
        }

        return _key.VerifyData(Encoding.UTF8.GetBytes(toSign), signature.AsSpan(0, length), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    public void Dispose() => _key?.Dispose();
}

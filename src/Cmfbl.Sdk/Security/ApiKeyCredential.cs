using System.Security.Cryptography;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Security;

/// <summary>
/// An API key and what signs its requests (the Open API, REFERENCE §1.4, and the Bridge API): the key's RSA private
/// key, imported once, or a signer of your own. The private key never appears in a log line, an exception message or
/// <see cref="ToString"/>. Dispose it to release an imported key.
/// </summary>
public sealed class ApiKeyCredential : IDisposable
{
    private readonly IRequestSigner _signer;
    private readonly IDisposable? _owned;

    private ApiKeyCredential(string apiKey, IRequestSigner signer, IDisposable? owned)
    {
        ApiKey = apiKey;
        _signer = signer;
        _owned = owned;
    }

    /// <summary>Gets the API key, sent in the <c>apiKey</c> header.</summary>
    public string ApiKey { get; }

    /// <summary>Creates a credential from the key and its private key as the vendor issues it (<c>applyApi</c>'s <c>privateKey</c>).</summary>
    /// <param name="apiKey">The API key (32 hex characters from <c>applyApi</c>).</param>
    /// <param name="privateKey">The RSA private key: Base64 of the PKCS#8 DER (as issued), or PEM (<c>BEGIN PRIVATE KEY</c> or <c>BEGIN RSA PRIVATE KEY</c>).</param>
    /// <returns>The credential; it owns the imported key.</returns>
    /// <exception cref="ArgumentException">The key is empty or cannot be sent in a header, or the private key cannot be read (the message does not repeat it).</exception>
    public static ApiKeyCredential FromPrivateKey(string apiKey, string privateKey)
    {
        CheckApiKey(apiKey);
        ArgumentException.ThrowIfNullOrEmpty(privateKey);
        var rsa = RSA.Create();
        try
        {
            if (privateKey.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                rsa.ImportFromPem(privateKey);
            }
            else
            {
                rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(privateKey.Trim()), out _);
            }
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or ArgumentException)
        {
            rsa.Dispose();
            throw new ArgumentException("The private key could not be read: pass the Base64 PKCS#8 text applyApi returned (it starts with MIIC), or a PEM block.", nameof(privateKey));
        }

        return new ApiKeyCredential(apiKey, new RsaRequestSigner(rsa), rsa);
    }

    /// <summary>Creates a credential that signs with an RSA key you hold (for example from a key store). The caller keeps ownership of <paramref name="privateKey"/>.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="privateKey">The key's RSA private key.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="ArgumentException">The key is empty or cannot be sent in a header.</exception>
    public static ApiKeyCredential FromRsa(string apiKey, RSA privateKey)
    {
        CheckApiKey(apiKey);
        ArgumentNullException.ThrowIfNull(privateKey);
        return new ApiKeyCredential(apiKey, new RsaRequestSigner(privateKey), null);
    }

    /// <summary>Creates a credential whose requests <paramref name="signer"/> signs (a vault, a different scheme).</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="signer">Computes the <c>signature</c> header of each attempt.</param>
    /// <returns>The credential.</returns>
    /// <exception cref="ArgumentException">The key is empty or cannot be sent in a header.</exception>
    public static ApiKeyCredential FromSigner(string apiKey, IRequestSigner signer)
    {
        CheckApiKey(apiKey);
        ArgumentNullException.ThrowIfNull(signer);
        return new ApiKeyCredential(apiKey, signer, null);
    }

    /// <summary>Returns the key, shortened; never the private key.</summary>
    /// <returns>For example <c>ApiKeyCredential { ApiKey = 47b4…4016 }</c>.</returns>
    public override string ToString() => $"ApiKeyCredential {{ ApiKey = {Mask(ApiKey)} }}";

    /// <summary>Releases the private key when this credential imported it.</summary>
    public void Dispose() => _owned?.Dispose();

    /// <summary>Signs one attempt.</summary>
    internal string Sign(RequestSigningInput input) => _signer.Sign(input);

    /// <summary>The first and last four characters of a key, for diagnostics.</summary>
    internal static string Mask(string apiKey) => apiKey.Length <= 8 ? "***" : $"{apiKey[..4]}…{apiKey[^4..]}";

    private static void CheckApiKey(string apiKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        foreach (var c in apiKey)
        {
            if (c is <= ' ' or >= '\u007f')
            {
                throw new ArgumentException("The API key holds a space, a control character or non-ASCII text, so it cannot be sent in the apiKey header. Pass it exactly as applyApi returned it.", nameof(apiKey));
            }
        }
    }
}

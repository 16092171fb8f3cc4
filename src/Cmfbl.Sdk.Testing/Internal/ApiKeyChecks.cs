using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The gateway's checks of an API-key request (Open and Bridge APIs, REFERENCE §1.4/§1.6), in the order the fake
/// applies them: the common headers, the key, its expiry, the time window, then the SHA1withRSA signature over the
/// canonical string of the body exactly as received, with the key's public key.
/// </summary>
internal static class ApiKeyChecks
{
    /// <summary>The window when the request names none (the vendor's examples send 5000).</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromSeconds(5);

    /// <summary>How far ahead of the server's clock a timestamp may be.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromSeconds(1);

    public static FakeError? Check(RouteFamily family, IReadOnlyDictionary<string, string> headers, string body, FakeBackend backend, out TokenSession? session)
    {
        session = null;
        if (Missing(headers, HeaderNames.Trace))
        {
            return Errors.TraceMissing;
        }

        if (Missing(headers, HeaderNames.CompanyId))
        {
            return Errors.CompanyIdMissing;
        }

        if (Missing(headers, HeaderNames.Version))
        {
            return Errors.HeaderMissing;
        }

        if (!headers.TryGetValue(HeaderNames.ApiKey, out var apiKey) || string.IsNullOrWhiteSpace(apiKey))
        {
            return Errors.ApiKeyNotFound;
        }

        apiKey = apiKey.Trim();
        var now = backend.Settings.Time.GetUtcNow();
        string publicKey;
        if (family == RouteFamily.Bridge)
        {
            if (!string.Equals(apiKey, backend.Bridge.ApiKey, StringComparison.Ordinal))
            {
                return Errors.ApiKeyNotFound;
            }

            publicKey = backend.Bridge.PublicKey;
        }
        else
        {
            if (backend.ApiKeys.Find(apiKey) is not { } key)
            {
                return Errors.ApiKeyNotFound;
            }

            if (key.ExpiredTime is { } expires && expires <= now)
            {
                return Errors.ApiKeyExpired;
            }

            publicKey = key.PublicKey;
            session = new TokenSession(apiKey, TokenKind.Client, key.CustomerId, DateTimeOffset.MaxValue);
        }

        if (OutsideWindow(headers, now))
        {
            return Errors.OutsideTimeWindow;
        }

        if (!Verifies(body, headers[HeaderNames.Timestamp].Trim(), headers.GetValueOrDefault(HeaderNames.Signature), publicKey))
        {
            return Errors.SignatureInvalid;
        }

        var companyId = headers[HeaderNames.CompanyId].Trim();
        return long.TryParse(companyId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id == backend.Settings.CompanyId
            ? null
            : Errors.NoAccess;
    }

    private static bool OutsideWindow(IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        if (!headers.TryGetValue(HeaderNames.Timestamp, out var text)
            || !long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return true;
        }

        var window = headers.TryGetValue(HeaderNames.RecvWindow, out var windowText)
            && long.TryParse(windowText.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var windowMs) && windowMs > 0
                ? TimeSpan.FromMilliseconds(windowMs)
                : DefaultWindow;
        var sent = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return sent > now + FutureTolerance || now - sent > window;
    }

    private static bool Verifies(string body, string timestamp, string? signatureText, string publicKey)
    {
        if (string.IsNullOrWhiteSpace(signatureText))
        {
            return false;
        }

        var signature = new byte[signatureText.Length];
        if (!Convert.TryFromBase64String(signatureText.Trim(), signature, out var length))
        {
            return false;
        }

        string toSign;
        try
        {
            toSign = OpenApiCanonicalizer.StringToSign(Encoding.UTF8.GetBytes(string.IsNullOrWhiteSpace(body) ? "{}" : body), timestamp);
        }
        catch (JsonException)
        {
            return false;
        }

        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKey), out _);
        return rsa.VerifyData(Encoding.UTF8.GetBytes(toSign), signature.AsSpan(0, length), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    private static bool Missing(IReadOnlyDictionary<string, string> headers, string name) =>
        !headers.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value);
}

using Cmfbl.Sdk.Security.Internal;

namespace Cmfbl.Sdk.Security;

/// <summary>What one attempt of an API-key request signs. <see cref="ToString"/> leaves the body out.</summary>
public sealed class RequestSigningInput
{
    /// <summary>Initializes a new instance of the <see cref="RequestSigningInput"/> class.</summary>
    /// <param name="bizType">The vendor operation (bizType) called.</param>
    /// <param name="apiKey">The API key sent in the <c>apiKey</c> header.</param>
    /// <param name="timestamp">The <c>timestamp</c> header: Unix milliseconds, as sent.</param>
    /// <param name="body">The body bytes exactly as sent (UTF-8 JSON).</param>
    public RequestSigningInput(string bizType, string apiKey, string timestamp, ReadOnlyMemory<byte> body)
    {
        BizType = bizType;
        ApiKey = apiKey;
        Timestamp = timestamp;
        Body = body;
    }

    /// <summary>Gets the vendor operation (bizType) called.</summary>
    public string BizType { get; }

    /// <summary>Gets the API key sent in the <c>apiKey</c> header.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the <c>timestamp</c> header as sent (Unix milliseconds, server-adjusted).</summary>
    public string Timestamp { get; }

    /// <summary>Gets the body bytes exactly as they are sent.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Returns the Open API's string to sign: the body's fields sorted by name, nulls dropped, JSON without whitespace
    /// and without any <c>"</c>, then <see cref="Timestamp"/> (docs/security.md says how nested values are written).
    /// </summary>
    /// <returns>The string to sign; sign its UTF-8 bytes. It is signature input: do not log it.</returns>
    /// <exception cref="System.Text.Json.JsonException">The body is not JSON.</exception>
    public string GetStringToSign() => OpenApiCanonicalizer.StringToSign(Body, Timestamp);

    /// <summary>Returns the operation, the API key and the timestamp; never the body or the string to sign.</summary>
    /// <returns>A description for diagnostics.</returns>
    public override string ToString() => $"RequestSigningInput {{ BizType = {BizType}, ApiKey = {ApiKeyCredential.Mask(ApiKey)}, Timestamp = {Timestamp} }}";
}

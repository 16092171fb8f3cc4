namespace Cmfbl.Sdk.AspNetCore.Bridge;

/// <summary>What a signature check needs: the body exactly as received and the signing headers.</summary>
/// <param name="Body">The raw body (UTF-8 JSON).</param>
/// <param name="Signature">The <c>signature</c> header, or <see langword="null"/> when absent.</param>
/// <param name="Timestamp">The <c>timestamp</c> header, or <see langword="null"/> when absent (the vendor's callback documentation lists none).</param>
/// <param name="ApiKey">The <c>apiKey</c> header, or <see langword="null"/> when absent.</param>
/// <param name="Headers">Every request header.</param>
public sealed record BridgeSignatureContext(ReadOnlyMemory<byte> Body, string? Signature, string? Timestamp, string? ApiKey, IHeaderDictionary Headers);

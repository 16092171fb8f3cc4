using Polly;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>The request a resilience context runs for, so the pipeline's strategies can read its operation and API key.</summary>
internal static class ResilienceRequest
{
    private static readonly ResiliencePropertyKey<HttpRequestMessage> Key = new("Cmfbl.Sdk.Request");

    /// <summary>Attaches <paramref name="request"/> to <paramref name="context"/>.</summary>
    public static void SetRequestMessage(this ResilienceContext context, HttpRequestMessage request) =>
        context.Properties.Set(Key, request);

    /// <summary>The request attached to <paramref name="context"/>, if any.</summary>
    public static HttpRequestMessage? GetRequestMessage(this ResilienceContext context) =>
        context.Properties.TryGetValue(Key, out var request) ? request : null;
}

using Cmfbl.Sdk.Http.Internal;
using Polly;

namespace Cmfbl.Sdk.Resilience.Internal;

/// <summary>The call a resilience context runs for, so the pipeline's strategies can read its operation, request and what its attempts learnt.</summary>
internal static class ResilienceRequest
{
    private static readonly ResiliencePropertyKey<CallState> Key = new("Cmfbl.Sdk.Call");

    /// <summary>Attaches <paramref name="call"/> to <paramref name="context"/>.</summary>
    public static void SetCall(this ResilienceContext context, CallState call) =>
        context.Properties.Set(Key, call);

    /// <summary>The call attached to <paramref name="context"/>, if any.</summary>
    public static CallState? GetCall(this ResilienceContext context) =>
        context.Properties.TryGetValue(Key, out var call) ? call : null;
}

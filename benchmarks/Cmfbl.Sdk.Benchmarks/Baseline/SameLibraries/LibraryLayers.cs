namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>Which of the SDK's libraries the hand-written client is built on, beside System.Text.Json and the typed models.</summary>
[Flags]
public enum LibraryLayers
{
    /// <summary><see cref="HttpClient"/> alone, with the typed models.</summary>
    None = 0,

    /// <summary>A DI container and <c>IHttpClientFactory</c> with the headers handler.</summary>
    Factory = 1,

    /// <summary>Polly's pipeline (retry, circuit breaker, time-out, telemetry) as a handler.</summary>
    Polly = 2,

    /// <summary>Refit for the operations.</summary>
    Refit = 4,

    /// <summary>All of them: the SDK's libraries.</summary>
    All = Factory | Polly | Refit,
}

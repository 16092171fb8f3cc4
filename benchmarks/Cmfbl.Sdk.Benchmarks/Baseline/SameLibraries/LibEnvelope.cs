namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>The vendor's envelope, as a generic class.</summary>
public sealed class LibEnvelope<T>
{
    public string? Code { get; set; }

    public string? Msg { get; set; }

    public string? Trace { get; set; }

    public T? Data { get; set; }
}

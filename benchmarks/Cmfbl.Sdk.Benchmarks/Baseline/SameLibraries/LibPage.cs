namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>A page of records.</summary>
public sealed class LibPage<T>
{
    public int? Current { get; set; }

    public int? Size { get; set; }

    public long? Total { get; set; }

    public IReadOnlyList<T> Records { get; set; } = [];
}

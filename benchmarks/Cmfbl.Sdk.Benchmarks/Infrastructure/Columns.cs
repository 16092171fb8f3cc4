using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Cmfbl.Sdk.Benchmarks.Infrastructure;

/// <summary>A column computed from one benchmark case.</summary>
public sealed class ComputedColumn(string id, string name, string legend, Func<Summary, BenchmarkCase, string> value) : IColumn
{
    public string Id { get; } = id;

    public string ColumnName { get; } = name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; } = legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => value(summary, benchmarkCase);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}

/// <summary>Adds <c>Ops/s</c> (calls per second, from the mean per call) and <c>Ops/s ratio</c> (against the baseline).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputColumnAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(
        new ComputedColumn("OpsPerSecond", "Ops/s", "Calls per second: 1 s / Mean", static (summary, benchmark) =>
            OpsPerSecond(summary, benchmark) is { } ops ? ops.ToString("N0", CultureInfo.InvariantCulture) : "?"),
        new ComputedColumn("OpsRatio", "Ops/s ratio", "Throughput relative to the baseline of the same parameters (higher is better)", static (summary, benchmark) =>
        {
            var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmark));
            return OpsPerSecond(summary, benchmark) is { } ops && baseline is not null && OpsPerSecond(summary, baseline) is { } baseOps
                ? (ops / baseOps).ToString("0.00", CultureInfo.InvariantCulture)
                : "?";
        }));

    private static double? OpsPerSecond(Summary summary, BenchmarkCase benchmark) =>
        summary[benchmark]?.ResultStatistics is { Mean: > 0 } statistics ? 1e9 / statistics.Mean : null;
}

/// <summary>Adds the peaks <see cref="PagingMemory"/> records: live heap, heap with garbage, working set (MB).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PeakMemoryColumnsAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddColumn(
        Column("PeakLive", "Peak live heap", "Largest heap after a full collection, sampled at every page of one extra walk", static peak => peak.LiveHeap),
        Column("PeakHeap", "Peak heap", "Largest GC.GetTotalMemory(false) at any page of the measured walks (garbage included)", static peak => peak.HeapWithGarbage),
        Column("PeakWs", "Peak working set", "Process peak working set of the benchmark process", static peak => peak.WorkingSet));

    private static ComputedColumn Column(string id, string name, string legend, Func<PeakMemory, long> pick) =>
        new(id, name, legend, (_, benchmark) =>
        {
            var records = benchmark.Parameters["Records"] is int count ? count : 0;
            return PeakMemoryStore.Read(records) is { } peak
                ? (pick(peak) / 1024.0 / 1024.0).ToString("0.0 'MB'", CultureInfo.InvariantCulture)
                : "?";
        });
}

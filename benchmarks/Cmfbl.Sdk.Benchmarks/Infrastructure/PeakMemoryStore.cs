using System.Globalization;

namespace Cmfbl.Sdk.Benchmarks.Infrastructure;

/// <summary>Peak memory of one paging run, in bytes.</summary>
public readonly record struct PeakMemory(long LiveHeap, long HeapWithGarbage, long WorkingSet);

/// <summary>
/// Hands the peaks measured in a benchmark process to the columns in the host process, through one small file per
/// record count in the temp directory (cleared when the host starts).
/// </summary>
public static class PeakMemoryStore
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "Cmfbl.Sdk.Benchmarks");

    public static void Clear()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    public static void Write(int records, PeakMemory peak)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(
            PathFor(records),
            string.Create(CultureInfo.InvariantCulture, $"{peak.LiveHeap} {peak.HeapWithGarbage} {peak.WorkingSet}"));
    }

    public static PeakMemory? Read(int records)
    {
        var path = PathFor(records);
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ');
        return new PeakMemory(
            long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static string PathFor(int records) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"paging-{records}.txt"));
}

using System.Diagnostics;
using System.Runtime;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// The profile behind the cold-start row: in this fresh process, the <see cref="ColdStart"/> benchmark's first call of
/// the baseline or of the SDK, and how many methods the JIT compiled for it and how long that took
/// (<see cref="JitInfo"/>).
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks -- --cold-jit sdk</c> (or <c>baseline</c>).
/// </summary>
public static class ColdStartJitProfile
{
    public static int Run(string which)
    {
        var coldStart = new ColdStart();
        Func<Task<int>> firstCall = which switch
        {
            "sdk" => coldStart.Sdk,
            "baseline" => coldStart.Baseline,
            _ => throw new ArgumentException($"--cold-jit takes 'sdk' or 'baseline', not '{which}'.", nameof(which)),
        };

        var methods = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        var started = Stopwatch.GetTimestamp();
        var records = firstCall().GetAwaiter().GetResult();
        var elapsed = Stopwatch.GetElapsedTime(started);
        coldStart.Cleanup();
        Console.WriteLine(
            $"{which}: first call {elapsed.TotalMilliseconds:F0} ms ({records} records); JIT compiled {JitInfo.GetCompiledMethodCount() - methods} methods in {(JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms");
        return 0;
    }
}

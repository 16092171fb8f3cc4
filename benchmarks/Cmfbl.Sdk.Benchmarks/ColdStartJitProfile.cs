using System.Diagnostics;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Cmfbl.Sdk.Serialization.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// The profile behind the cold-start row: in this fresh process, the <see cref="ColdStart"/> benchmark's first call of
/// the baseline or of the SDK, and how many methods the JIT compiled for it and how long that took
/// (<see cref="JitInfo"/>). <c>sdk</c> (every family registered) and <c>sdk-one-family</c> (the Manager API alone) also split the SDK's first call into its phases (container built, service
/// resolved, first call made), each with its own JIT figures; with <c>DOTNET_JitStdOutFile=jit.txt
/// DOTNET_JitDisasmSummary=1</c> the list of compiled methods shows each phase's end as a <c>PhaseEnd_*</c> method.
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks -- --cold-jit sdk</c> (or <c>baseline</c>).
/// </summary>
public static class ColdStartJitProfile
{
    public static int Run(string which)
    {
        if (which == "json-switch")
        {
            return RunJsonSwitch();
        }

        if (which is "sdk" or "sdk-one-family")
        {
            return RunSdkPhases(managerApiOnly: which == "sdk-one-family");
        }

        var coldStart = new ColdStart();
        Func<Task<int>> firstCall = which switch
        {
            "baseline" => coldStart.Baseline,
            "same-libraries" => coldStart.SameLibraries,
            "typed-models" => () => coldStart.SameLibrariesOn(LibraryLayers.None),
            "typed-models+factory" => () => coldStart.SameLibrariesOn(LibraryLayers.Factory),
            "typed-models+factory+polly" => () => coldStart.SameLibrariesOn(LibraryLayers.Factory | LibraryLayers.Polly),
            _ => throw new ArgumentException($"--cold-jit takes 'sdk', 'sdk-one-family', 'json-switch', 'baseline', 'typed-models', 'typed-models+factory', 'typed-models+factory+polly' or 'same-libraries', not '{which}'.", nameof(which)),
        };

        var phase = Phase.Start();
        var records = firstCall().GetAwaiter().GetResult();
        var all = phase.Stop();
        coldStart.Cleanup();
        Console.WriteLine(
            $"{which}: first call {all.Milliseconds:F0} ms ({records} records); JIT compiled {all.Methods} methods in {all.JitMilliseconds:F0} ms; CPU {all.CpuMilliseconds:F0} ms");
        return 0;
    }

    /// <summary>
    /// The same first call as <see cref="ColdStart.Sdk"/>, measured phase by phase, with every family registered or
    /// (<paramref name="managerApiOnly"/>) the Manager API alone; then the heap the container holds after the call.
    /// </summary>
    private static int RunSdkPhases(bool managerApiOnly)
    {
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        var total = Phase.Start();
        var phase = Phase.Start();
        using var provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport(), managerApiOnly);
        PhaseEnd_Container();
        var container = phase.Stop();

        phase = Phase.Start();
        var service = provider.GetRequiredService<IWhiteCustomerAdminApiService>();
        PhaseEnd_Resolve();
        var resolve = phase.Stop();

        phase = Phase.Start();
        var page = service.PageAsync(SdkRequests.Page).GetAwaiter().GetResult();
        PhaseEnd_FirstCall();
        var call = phase.Stop();
        var all = total.Stop();

        Console.WriteLine($"{(managerApiOnly ? "sdk-one-family" : "sdk")}: first call {all.Milliseconds:F0} ms ({page.Records.Count} records); JIT compiled {all.Methods} methods in {all.JitMilliseconds:F0} ms; CPU {all.CpuMilliseconds:F0} ms");
        Console.WriteLine($"  build the container:  {container}");
        Console.WriteLine($"  resolve the service:  {resolve}");
        Console.WriteLine($"  first call (+ auth):  {call}");
        Console.WriteLine($"  heap held after the call (container, clients, tables, JSON metadata): {(GC.GetTotalMemory(forceFullCollection: true) - heap) / 1024.0:F0} KB");
        GC.KeepAlive(service);
        return 0;
    }

    /// <summary>
    /// The JIT cost of the SDK's JSON contexts alone, in this fresh process: each context's first type lookup, which
    /// compiles its source-generated <c>GetTypeInfo</c> method (one type test per type the context holds).
    /// </summary>
    private static int RunJsonSwitch()
    {
        foreach (var context in new Func<JsonSerializerContext>[] { () => CmfblJsonContext.Default, () => ManagerJsonContext.Default, () => ClientJsonContext.Default })
        {
            var phase = Phase.Start();
            var resolver = context();
            _ = ((IJsonTypeInfoResolver)resolver).GetTypeInfo(typeof(Guid), resolver.Options);
            Console.WriteLine($"json-switch: {resolver.GetType().Name,-20} created and first lookup: {phase.Stop()}");
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PhaseEnd_Container()
    {
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PhaseEnd_Resolve()
    {
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PhaseEnd_FirstCall()
    {
    }

    /// <summary>
    /// Where a phase started: wall clock, JIT counters and the process's CPU time (all threads: the JIT's background
    /// tier-up and the GC included), which the other engineers' builds on a shared machine disturb less than the wall clock.
    /// </summary>
    private readonly record struct Phase(long Started, long Methods, TimeSpan Jit, TimeSpan Cpu, long Allocated)
    {
        public static Phase Start() => new(Stopwatch.GetTimestamp(), JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime(), Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true));

        public Result Stop() => new(
            Stopwatch.GetElapsedTime(Started).TotalMilliseconds,
            JitInfo.GetCompiledMethodCount() - Methods,
            (JitInfo.GetCompilationTime() - Jit).TotalMilliseconds,
            (Environment.CpuUsage.TotalTime - Cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: true) - Allocated) / 1024.0);
    }

    private readonly record struct Result(double Milliseconds, long Methods, double JitMilliseconds, double CpuMilliseconds, double AllocatedKilobytes)
    {
        public override string ToString() => $"{Milliseconds,4:F0} ms, {Methods,5} methods JIT-compiled in {JitMilliseconds,4:F0} ms, CPU {CpuMilliseconds,4:F0} ms, {AllocatedKilobytes,4:F0} KB allocated";
    }
}

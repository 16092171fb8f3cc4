using System.Diagnostics;
using System.Runtime;
using Cmfbl.Sdk.Benchmarks.Baseline;
using Cmfbl.Sdk.Benchmarks.Wire;
using Cmfbl.Sdk.ManagerApi;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>
/// The profile behind the cold-start row: in this fresh process, one cold first call of the baseline or of the SDK,
/// and how many methods the JIT compiled for it and how long that took (<see cref="System.Runtime.JitInfo"/>).
/// <c>dotnet run -c Release --project benchmarks/Cmfbl.Sdk.Benchmarks -- --cold-jit sdk</c> (or <c>baseline</c>).
/// </summary>
public static class ColdStartJitProfile
{
    public static int Run(string which)
    {
        var methods = JitInfo.GetCompiledMethodCount();
        var jitTime = JitInfo.GetCompilationTime();
        var started = Stopwatch.GetTimestamp();
        var records = which switch
        {
            "sdk" => Sdk(),
            "baseline" => HandWritten(),
            _ => throw new ArgumentException($"--cold-jit takes 'sdk' or 'baseline', not '{which}'.", nameof(which)),
        };
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine(
            $"{which}: first call {elapsed.TotalMilliseconds:F0} ms ({records} records); JIT compiled {JitInfo.GetCompiledMethodCount() - methods} methods in {(JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:F0} ms");
        return 0;
    }

    private static int Sdk()
    {
        using var provider = Clients.BuildSdk(Clients.InMemoryHost, new InMemoryTransport());
        return provider.GetRequiredService<IWhiteCustomerAdminApiService>().PageAsync(SdkRequests.Page).GetAwaiter().GetResult().Records.Count;
    }

    private static int HandWritten()
    {
        var (http, client) = Clients.BuildBaseline(Clients.InMemoryHost, new InMemoryTransport());
        using (http)
        {
            return client.PageAsync(BaselineRequests.Page).GetAwaiter().GetResult().Records.Count;
        }
    }
}

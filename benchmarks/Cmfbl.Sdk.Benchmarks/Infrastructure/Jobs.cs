using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace Cmfbl.Sdk.Benchmarks.Infrastructure;

/// <summary>The two run modes: the default BenchmarkDotNet job, or <c>--quick</c> (few iterations, one launch).</summary>
public static class RunMode
{
    /// <summary>Set by <c>Program</c> from <c>--quick</c> before BenchmarkDotNet reads the attributes.</summary>
    public const string QuickVariable = "CMFBL_BENCHMARKS_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>
    /// Gets the steady-state job: <see cref="Job.Default"/>, or in quick mode one launch of 6 warm-up and 5 measured
    /// iterations of about 0.15 s, with tiered compilation promoting hot methods at once (no 100 ms call-counting
    /// delay) so the short run reaches the same optimized code as the full one.
    /// </summary>
    public static Job SteadyState => Quick
        ? Job.Default.WithId("Quick").WithLaunchCount(1).WithWarmupCount(6).WithIterationCount(5)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
        : Job.Default;

    /// <summary>Gets the cold-start job: one invocation in each of several fresh processes.</summary>
    public static Job ColdStart => Job.Default
        .WithId(Quick ? "ColdStart-Quick" : "ColdStart")
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(Quick ? 5 : 30)
        .WithIterationCount(1);
}

/// <summary>Runs the class with <see cref="RunMode.SteadyState"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SteadyStateJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(RunMode.SteadyState);
}

/// <summary>Runs the class with <see cref="RunMode.ColdStart"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ColdStartJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(RunMode.ColdStart);
}

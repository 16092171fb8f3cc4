using System.Diagnostics;

namespace Cmfbl.Sdk.Samples.Tests.Samples;

/// <summary>
/// Runs the built sample as a user does, as its own process (<c>dotnet Cmfbl.Sdk.Samples.dll …</c>), with standard
/// output and error redirected (so the sample writes plain text), no Cmfbl settings inherited from this machine, and
/// a home folder of its own (so no user secrets are read). Killed if it runs longer than the time limit.
/// </summary>
internal static class SampleProcess
{
    private static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(90);

    public static async Task<SampleRun> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var home = Directory.CreateTempSubdirectory("cmfbl-sample-home-");
        try
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            start.ArgumentList.Add(SampleAssembly());
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Cmfbl", StringComparison.OrdinalIgnoreCase) || k == "NO_COLOR").ToArray())
            {
                start.Environment.Remove(name);
            }

            start.Environment["HOME"] = home.FullName;
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("The sample did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(DefaultTimeLimit);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The sample ran longer than {DefaultTimeLimit} and was stopped. Output so far: {await output}{await errors}");
            }

            return new SampleRun(process.ExitCode, await output, await errors);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    /// <summary>The sample's program, built next to these tests by the project reference.</summary>
    private static string SampleAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cmfbl.Sdk.Samples.dll");
        Assert.True(File.Exists(path), $"The sample is not built next to the tests: {path}");
        return path;
    }

    /// <summary>The dotnet host that runs these tests (set by the dotnet CLI for the processes it starts), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.ContractTests.Infrastructure;

/// <summary>
/// One WireMock standalone server (the Java jar from the npm package <c>wiremock</c> 3.13.2) on a free 127.0.0.1
/// port, serving the mapping files in <c>Mappings/</c>, for the whole test run. Stopped when the run ends.
/// </summary>
public sealed class WireMockServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _serverOutput = new();
    private Process? _process;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var jar = typeof(WireMockServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "WireMockJar").Value!;
        if (!File.Exists(jar))
        {
            throw new InvalidOperationException($"The WireMock server jar is missing ({jar}). Run `npm ci` in tests/Cmfbl.Sdk.ContractTests (dotnet build does it when npm is installed).");
        }

        var root = Path.Combine(AppContext.BaseDirectory, "wiremock");
        var port = FreePort();
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-jar", jar, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind-address", "127.0.0.1", "--root-dir", root, "--disable-banner", "--async-response-enabled", "true", "--container-threads", "50" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException("The contract tests need Java 17 or newer on the PATH to run the WireMock server (for example: apt-get install openjdk-17-jre-headless).", missing);
        }

        // If the test host dies without disposing the fixture, do not leave the server running.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Admin = new HttpClient { BaseAddress = new Uri(BaseAddress, "__admin/"), Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The WireMock server exited with code {_process.ExitCode} before it answered. Its output:{Environment.NewLine}{Output}");
            }

            try
            {
                using var health = await Admin.GetAsync("health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new InvalidOperationException($"The WireMock server did not answer on {BaseAddress} within {StartTimeout.TotalSeconds} s. Its output:{Environment.NewLine}{Output}");
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        Stop();
        if (_process is not null)
        {
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
    }

    /// <summary>Forgets every received request and puts every scenario back in its first state.</summary>
    public async Task ResetAsync()
    {
        (await Admin.DeleteAsync("requests")).EnsureSuccessStatusCode();
        (await Admin.PostAsync("scenarios/reset", null)).EnsureSuccessStatusCode();
    }

    /// <summary>How many requests with this method and URL path the server received since the last reset.</summary>
    public async Task<int> CountAsync(string urlPath, string method = "POST")
    {
        using var response = await Admin.PostAsync("requests/count", Json(new JsonObject { ["method"] = method, ["urlPath"] = urlPath }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["count"]!.GetValue<int>();
    }

    /// <summary>The requests received for a URL path since the last reset (headers and body), oldest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> RequestsAsync(string urlPath)
    {
        using var response = await Admin.PostAsync("requests/find", Json(new JsonObject { ["method"] = "POST", ["urlPath"] = urlPath }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["requests"]!.AsArray().Select(r => r!).ToArray();
    }

    /// <summary>Fails with WireMock's near-miss report when any request since the last reset matched no mapping.</summary>
    public async Task AssertNoUnmatchedRequestsAsync()
    {
        var unmatched = JsonNode.Parse(await Admin.GetStringAsync("requests/unmatched"))!["requests"]!.AsArray();
        if (unmatched.Count == 0)
        {
            return;
        }

        var nearMisses = await Admin.GetStringAsync("requests/unmatched/near-misses");
        Assert.Fail($"{unmatched.Count} request(s) matched no mapping. WireMock's near misses:{Environment.NewLine}{nearMisses}");
    }

    private string Output
    {
        get
        {
            lock (_serverOutput)
            {
                return _serverOutput.ToString();
            }
        }
    }

    private void Stop()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_serverOutput)
        {
            if (_serverOutput.Length < 200_000)
            {
                _serverOutput.AppendLine(line);
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cmfbl.Sdk.AspNetCore.Tests.TestSupport;

/// <summary>
/// A Redis for the tests: the one named by <c>CMFBL_TEST_REDIS</c>, or a <c>redis-server</c> process started on
/// 127.0.0.1 and a free port without persistence, stopped when disposed.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string EnvironmentVariable = "CMFBL_TEST_REDIS";

    private readonly Process? _process;

    private RedisServer(string configuration, Process? process)
    {
        Configuration = configuration;
        _process = process;
    }

    /// <summary>Gets why the Redis tests cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? Unavailable { get; } =
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } || FindServer() is not null
            ? null
            : "redis-server is not installed and CMFBL_TEST_REDIS is not set. Install it with 'apt-get install -y redis-server' "
              + "(Debian/Ubuntu; .ci/run does this) or point CMFBL_TEST_REDIS at a Redis, e.g. 'localhost:6379'.";

    /// <summary>Gets the StackExchange.Redis configuration string.</summary>
    public string Configuration { get; }

    public static async Task<RedisServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
        {
            return new RedisServer(configured, null);
        }

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo(FindServer()!, $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --protected-mode yes")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var server = new RedisServer($"127.0.0.1:{port}", process);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {process.ExitCode}: {await process.StandardOutput.ReadToEndAsync()}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("redis-server did not accept connections within 5 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    private static string? FindServer() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "redis-server"))
            .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

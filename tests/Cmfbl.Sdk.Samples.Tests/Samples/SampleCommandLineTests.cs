using System.Net;
using System.Net.Sockets;

namespace Cmfbl.Sdk.Samples.Tests.Samples;

/// <summary>
/// The sample through its command line, as the README tells a user to run it: the built program in its own process,
/// output redirected. Every run ends with a message and an exit code, never a stack trace.
/// </summary>
public sealed class SampleCommandLineTests
{
    private static readonly Dictionary<string, string> Credentials = new()
    {
        ["Cmfbl__ManagerApi__AppId"] = "sample-test-app-id",
        ["Cmfbl__ManagerApi__AppSecret"] = "sample-test-app-secret",
    };

    [Fact]
    public async Task NoOptions_TellsTheWholeStoryAgainstTheFake_InPlainText()
    {
        var run = await SampleProcess.RunAsync(["--phone", "13912345678"]);

        run.AssertExitCode(0);
        foreach (var expected in new[] { "DoesNotExist", "new customer number 86000008", "read from 2 page(s) of 5", "logged out", "CUSTOMER_API_0000106", "Done:" })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }

        // Trading: funded, the product's digits read, a market order with a scaled stop-loss and take-profit and an
        // idempotency key, the position read, closed, and the fees and the profit or loss in the capital flow.
        foreach (var expected in new[] { "adjustment proposal 2", "BTCUSDT (id 1): prices have 2 digits, so 1.5 goes on the wire as 150", "idempotency key ", "Open position fee", "Close position fee", "Quota adjustment - deposit" })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }

        Assert.Matches(@"order \d+ filled at \d+\.\d{2} \(fee -0\.\d{4}\); position (\d+)", run.Output);
        Assert.Matches(@"stop-loss (\d+)\.(\d{2}) \(wire ""\1\2""\), take-profit (\d+)\.(\d{2}) \(wire ""\3\4""\)", run.Output); // ScaledPrice: the decimal and its integer
        Assert.Matches(@"\| \d+ +\| buy +\| 0\.01 +\| \d+\.\d{2} +\| \d+\.\d{2} +\| \d+\.\d{2} +\|", run.Output);   // the position with its stops
        Assert.Matches(@"order \d+ closed it at \d+\.\d{2}: profit -?\d+\.\d{4}, fee -0\.\d{4} USDT", run.Output);

        Assert.Matches(@"[1-9]\d* tick\(s\) in 3 s, exact decimals; 0 reconnect\(s\); the stream is Closed", run.Output); // live quotes
        Assert.DoesNotContain("fake-app-secret", run.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Text);                                          // no ANSI escape codes
        Assert.DoesNotContain(run.Text, c => c is >= '\u2500' and <= '\u257F');             // no box-drawing characters
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task BaseUrl_UnreachableHost_SaysWhichAddressFailed_AndExits1()
    {
        var port = FreeLoopbackPort();

        var run = await SampleProcess.RunAsync(["--base-url", $"https://127.0.0.1:{port}", "--company-id", "439"], Credentials);

        run.AssertExitCode(1);
        Assert.Contains("CmfblServiceUnavailableException", run.Errors, StringComparison.Ordinal);
        Assert.Contains($"Check that https://127.0.0.1:{port}/ is the right address (--base-url)", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("sample-test-app-secret", run.Text, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("--company-id 'abc' is not a company id", true, "--base-url", "https://pre-api-test.cmfbl.com", "--company-id", "abc")]
    [InlineData("--company-id applies only with --base-url", false, "--company-id", "439")]
    [InlineData("--base-url 'pre-api-test.cmfbl.com' is not an absolute http(s) address", true, "--base-url", "pre-api-test.cmfbl.com", "--company-id", "439")]
    [InlineData("--base-url needs --company-id", true, "--base-url", "https://pre-api-test.cmfbl.com")]
    [InlineData("Cmfbl__ManagerApi__AppSecret", false, "--base-url", "https://pre-api-test.cmfbl.com", "--company-id", "439")]
    public async Task WrongOrMissingOptions_SayWhatToFix_InTheUsersTerms_AndExit2(string expected, bool withCredentials, params string[] arguments)
    {
        var run = await SampleProcess.RunAsync(arguments, withCredentials ? Credentials : null);

        run.AssertExitCode(2);
        Assert.Contains(expected, run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Text, StringComparison.Ordinal);   // no parser type names
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task UnknownOption_IsRefused_WithoutAStackTrace()
    {
        var run = await SampleProcess.RunAsync(["--base-uri", "https://pre-api-test.cmfbl.com"]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--base-uri", run.Errors, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public async Task Help_ExplainsTheOptions_WhereCredentialsComeFrom_AndTheExitCodes()
    {
        var run = await SampleProcess.RunAsync(["--help"]);

        run.AssertExitCode(0);
        foreach (var expected in new[] { "--base-url", "--company-id", "--phone", "Cmfbl__ManagerApi__AppSecret", "user secrets", "Exit codes", "NO_COLOR" })
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }
    }

    /// <summary>A 127.0.0.1 port that nothing listens on: bound once to get a free number, then released.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

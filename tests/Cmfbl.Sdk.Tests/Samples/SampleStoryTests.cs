using System.CommandLine;
using Cmfbl.Sdk.Samples;
using Spectre.Console;

namespace Cmfbl.Sdk.Tests.Samples;

/// <summary>The README's first command: the sample tells the whole onboarding story against the fake, in process.</summary>
public sealed class SampleStoryTests
{
    [Fact]
    public async Task RunAsync_NoBaseUrl_TellsTheWholeStoryAgainstTheFake()
    {
        var (console, output) = Console();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var exitCode = await SampleCommand.RunAsync(console, baseUrl: null, companyId: null, phone: "13912345678", timeout.Token);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.Contains("DoesNotExist", text, StringComparison.Ordinal);
        Assert.Contains("new customer number 86000008", text, StringComparison.Ordinal);
        Assert.Contains("read from 2 page(s) of 5", text, StringComparison.Ordinal);
        Assert.Contains("logged out", text, StringComparison.Ordinal);
        Assert.Contains("CUSTOMER_API_0000106", text, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* tick\(s\) in 3 s, exact decimals; 0 reconnect\(s\); the stream is Closed", text);
        Assert.Contains("Done:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-app-secret", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BaseUrlWithoutCredentials_SaysWhatIsMissing_WithoutAStackTrace()
    {
        var (console, output) = Console();

        var exitCode = await SampleCommand.RunAsync(console, new Uri("https://pre-api-test.cmfbl.com"), companyId: null, phone: null, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("--company-id", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_ExplainsTheOptionsAndWhereCredentialsComeFrom()
    {
        var output = new StringWriter();

        var exitCode = await SampleCommand.Create().Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = output });

        Assert.Equal(0, exitCode);
        foreach (var expected in new[] { "--base-url", "--company-id", "--phone", "Cmfbl__ManagerApi__AppSecret", "user secrets" })
        {
            Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        }
    }

    private static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;
        return (console, output);
    }
}

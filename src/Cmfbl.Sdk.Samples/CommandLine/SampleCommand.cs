using System.CommandLine;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Samples.Story;
using Cmfbl.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Cmfbl.Sdk.Samples.CommandLine;

/// <summary>
/// The command line of the sample: options, help, and the one action that tells the story. Exit codes: 0 done,
/// 1 the story stopped (the SDK's typed error is shown), 2 wrong options or missing credentials, 130 cancelled.
/// </summary>
internal static class SampleCommand
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int WrongUsage = 2;
    public const int Cancelled = 130;

    public static RootCommand Create(IAnsiConsole? console = null, IAnsiConsole? errors = null)
    {
        // Read as text and checked by SampleTarget, so a wrong value gets a message that names the option.
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Run against a real environment at this host root (e.g. https://pre-api-test.cmfbl.com). Without it, the sample starts the in-process fake server from Cmfbl.Sdk.Testing and needs no account and no network.",
            HelpName = "url",
        };
        var companyId = new Option<string?>("--company-id")
        {
            Description = "Your white-label company id (required with --base-url; the vendor's PRE test company is 439).",
            HelpName = "id",
        };
        var phone = new Option<string?>("--phone")
        {
            Description = "The phone number to register (default: a random 139… number).",
        };
        var root = new RootCommand(
            "Cmfbl.Sdk sample: authenticate, check a phone number, register a customer, list customers page by page, show the customer's detail and accounts, log in as the customer, and show how a typed error reads."
            + Environment.NewLine + Environment.NewLine
            + "Against a real environment the Manager API credentials come from the environment variables Cmfbl__ManagerApi__AppId and Cmfbl__ManagerApi__AppSecret, or from user secrets (dotnet user-secrets set Cmfbl:ManagerApi:AppSecret ... --project src/Cmfbl.Sdk.Samples)."
            + Environment.NewLine + Environment.NewLine
            + "Exit codes: 0 done, 1 the story stopped on an error, 2 wrong options or missing credentials, 130 cancelled. Output is plain text when redirected or when NO_COLOR is set.")
        {
            baseUrl,
            companyId,
            phone,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            var output = console ?? SampleConsole.ForOutput();
            var errorOutput = errors ?? console ?? SampleConsole.ForErrors();
            var target = SampleTarget.TryRead(parse.GetValue(baseUrl), parse.GetValue(companyId), out var error);
            if (target is null)
            {
                errorOutput.MarkupLineInterpolated($"[red]{error}[/]");
                errorOutput.MarkupLine("Run with --help to see every option.");
                return WrongUsage;
            }

            return await RunAsync(output, target, parse.GetValue(phone), cancellationToken, errorOutput);
        });
        return root;
    }

    public static async Task<int> RunAsync(IAnsiConsole console, SampleTarget target, string? phone, CancellationToken cancellationToken, IAnsiConsole? errors = null)
    {
        errors ??= console;
        var settings = phone is null ? new StorySettings() : new StorySettings { Phone = phone };
        try
        {
            if (target.IsFake)
            {
                console.MarkupLine("[grey]No --base-url: starting the in-process fake server (Cmfbl.Sdk.Testing).[/]");
                await using var fake = await CmfblFakeServer.StartAsync(SeededFake(), cancellationToken);
                var options = new CmfblOptions { BaseAddress = fake.BaseAddress, CompanyId = fake.CompanyId, AllowInsecureLoopback = true };
                await TellAsync(console, options, fake.AppId, fake.AppSecret, settings, cancellationToken);
                return Done;
            }

            var configuration = new ConfigurationBuilder()
                .AddUserSecrets(typeof(SampleCommand).Assembly, optional: true)
                .AddEnvironmentVariables()
                .Build();
            var appId = configuration["Cmfbl:ManagerApi:AppId"];
            var appSecret = configuration["Cmfbl:ManagerApi:AppSecret"];
            if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret))
            {
                errors.MarkupLine("[red]With --base-url the sample needs the Manager API credentials:[/] set the environment variables Cmfbl__ManagerApi__AppId and Cmfbl__ManagerApi__AppSecret (or user secrets Cmfbl:ManagerApi:AppId / AppSecret). See --help.");
                return WrongUsage;
            }

            console.MarkupLineInterpolated($"[grey]Against {target.BaseUrl}, company {target.CompanyId}.[/]");
            var real = new CmfblOptions { BaseAddress = target.BaseUrl, CompanyId = target.CompanyId!.Value };
            await TellAsync(console, real, appId, appSecret, settings, cancellationToken);
            return Done;
        }
        catch (OptionsValidationException invalid)
        {
            errors.MarkupLine("[red]The settings are not valid:[/]");
            foreach (var failure in invalid.Failures)
            {
                errors.MarkupLineInterpolated($"  - {failure}");
            }

            return WrongUsage;
        }
        catch (CmfblServiceUnavailableException unreachable) when (!target.IsFake)
        {
            errors.MarkupLineInterpolated($"[red]{unreachable.GetType().Name}:[/] {unreachable.Message}");
            errors.MarkupLineInterpolated($"Check that {target.BaseUrl} is the right address (--base-url) and that this machine can reach it.");
            return Failed;
        }
        catch (CmfblException failure)
        {
            errors.MarkupLineInterpolated($"[red]{failure.GetType().Name}:[/] {failure.Message}");
            return Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            errors.MarkupLine("[yellow]Cancelled.[/]");
            return Cancelled;
        }
        catch (Exception unexpected)
        {
            // The sample's last line of defence: say what stopped it, in one line, and exit non-zero. No stack trace.
            errors.MarkupLineInterpolated($"[red]The sample stopped:[/] {unexpected.GetType().Name}: {unexpected.Message}");
            return Failed;
        }
    }

    /// <summary>A fake with a few customers already registered, so the customer list has more than one page.</summary>
    private static CmfblFakeServerOptions SeededFake()
    {
        var options = new CmfblFakeServerOptions { QuoteTickInterval = TimeSpan.FromMilliseconds(200) };
        for (var i = 1; i <= 7; i++)
        {
            options.Customers.Add(new FakeCustomerSeed { Phone = $"1380000000{i}", Email = $"customer{i}@example.com" });
        }

        return options;
    }

    private static async Task TellAsync(IAnsiConsole console, CmfblOptions options, string appId, string appSecret, StorySettings settings, CancellationToken cancellationToken)
    {
        options.ManagerApi.AppId = appId;
        options.ManagerApi.AppSecret = appSecret;
        await using var client = CmfblClient.Create(options);
        var story = new OnboardingStory(client, console, settings) { AppId = appId, AppSecret = appSecret };
        var customerNo = await story.RunAsync(cancellationToken);
        await new TradingStory(client, console, settings).RunAsync(customerNo, cancellationToken);
        console.MarkupLineInterpolated($"[bold green]Done:[/] customer {customerNo} is registered, listed, detailed, logged in, funded, and opened and closed a position.");
    }
}

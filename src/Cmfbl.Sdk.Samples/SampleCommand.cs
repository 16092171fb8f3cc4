using System.CommandLine;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Samples.Story;
using Cmfbl.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Cmfbl.Sdk.Samples;

/// <summary>The command line of the sample: options, help, and the one action that tells the story.</summary>
internal static class SampleCommand
{
    public static RootCommand Create(IAnsiConsole? console = null)
    {
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "Run against a real environment at this host root (e.g. https://pre-api-test.cmfbl.com). Without it, the sample starts the in-process fake server from Cmfbl.Sdk.Testing and needs no account and no network.",
        };
        var companyId = new Option<long?>("--company-id")
        {
            Description = "Your white-label company id (required with --base-url; the vendor's PRE test company is 439).",
        };
        var phone = new Option<string?>("--phone")
        {
            Description = "The phone number to register (default: a random 139… number).",
        };
        var root = new RootCommand(
            "Cmfbl.Sdk sample: authenticate, check a phone number, register a customer, list customers page by page, show the customer's detail and accounts, log in as the customer, and show how a typed error reads."
            + Environment.NewLine + Environment.NewLine
            + "Against a real environment the Manager API credentials come from the environment variables Cmfbl__ManagerApi__AppId and Cmfbl__ManagerApi__AppSecret, or from user secrets (dotnet user-secrets set Cmfbl:ManagerApi:AppSecret ... --project src/Cmfbl.Sdk.Samples).")
        {
            baseUrl,
            companyId,
            phone,
        };
        root.SetAction(async (parse, cancellationToken) => await RunAsync(
            console ?? AnsiConsole.Console,
            parse.GetValue(baseUrl),
            parse.GetValue(companyId),
            parse.GetValue(phone),
            cancellationToken));
        return root;
    }

    public static async Task<int> RunAsync(IAnsiConsole console, Uri? baseUrl, long? companyId, string? phone, CancellationToken cancellationToken)
    {
        var settings = phone is null ? new StorySettings() : new StorySettings { Phone = phone };
        try
        {
            if (baseUrl is null)
            {
                console.MarkupLine("[grey]No --base-url: starting the in-process fake server (Cmfbl.Sdk.Testing).[/]");
                await using var fake = await CmfblFakeServer.StartAsync(SeededFake(), cancellationToken);
                var options = new CmfblOptions { BaseAddress = fake.BaseAddress, CompanyId = fake.CompanyId, AllowInsecureLoopback = true };
                await TellAsync(console, options, fake.AppId, fake.AppSecret, settings, cancellationToken);
                return 0;
            }

            var configuration = new ConfigurationBuilder()
                .AddUserSecrets(typeof(SampleCommand).Assembly, optional: true)
                .AddEnvironmentVariables()
                .Build();
            var appId = configuration["Cmfbl:ManagerApi:AppId"];
            var appSecret = configuration["Cmfbl:ManagerApi:AppSecret"];
            if (companyId is null || string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret))
            {
                console.MarkupLine("[red]With --base-url the sample needs --company-id and the Manager API credentials:[/] set the environment variables Cmfbl__ManagerApi__AppId and Cmfbl__ManagerApi__AppSecret (or user secrets Cmfbl:ManagerApi:AppId / AppSecret). See --help.");
                return 2;
            }

            var real = new CmfblOptions { BaseAddress = baseUrl, CompanyId = companyId.Value };
            await TellAsync(console, real, appId, appSecret, settings, cancellationToken);
            return 0;
        }
        catch (OptionsValidationException invalid)
        {
            console.MarkupLine("[red]The settings are not valid:[/]");
            foreach (var failure in invalid.Failures)
            {
                console.MarkupLineInterpolated($"  - {failure}");
            }

            return 2;
        }
        catch (CmfblException failure)
        {
            console.MarkupLineInterpolated($"[red]{failure.GetType().Name}:[/] {failure.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Cancelled.[/]");
            return 130;
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or HttpRequestException or IOException)
        {
            console.MarkupLineInterpolated($"[red]The sample stopped:[/] {unexpected.Message}");
            return 1;
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
        console.MarkupLineInterpolated($"[bold green]Done:[/] customer {customerNo} is registered, listed, detailed and logged in.");
    }
}

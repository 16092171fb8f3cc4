using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cmfbl.Sdk.Samples.Receivers;

/// <summary>
/// The receivers story: start a web app with the three receivers, register its settlement URLs with the (fake)
/// platform through the Manager API, let the fake platform run the whole settlement conversation, push a Bridge fill
/// and send a custom e-mail, and print everything.
/// </summary>
public static class ReceiversSample
{
    public const long CompanyId = 439;

    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var platformKey = RSA.Create(1024);   // stands in for the platform's key that signs Bridge notifications
        using var messageKey = RSA.Create(1024);    // your key pair for the custom message channel
        var wallet = new Wallet();
        wallet.Deposit("86000001", "USDT", 100m);

        // 1. The white label's web app: three registrations, three Map calls.
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(wallet);
        builder.Services.AddSingleton(output);
        builder.Services.AddCmfblExternalSettlement<WalletSettlementHandler>(o => o.CompanyId = CompanyId);
        builder.Services.AddCmfblBridgeNotifications<TradeNotificationHandler>(o =>
        {
            o.CompanyId = CompanyId;
            o.PlatformPublicKey = Convert.ToBase64String(platformKey.ExportSubjectPublicKeyInfo());
        });
        builder.Services.AddCmfblMessageChannel<OutboxMessageHandler>(o => o.PrivateKeyRsa = messageKey);
        await using var app = builder.Build();
        app.MapCmfblExternalSettlement("/cmfbl/settlement");
        app.MapCmfblBridgeNotifications("/cmfbl/bridge");
        app.MapCmfblMessageChannel("/cmfbl/messages");
        await app.StartAsync(cancellationToken);
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
        await output.WriteLineAsync($"Receivers listening on {root}cmfbl/…; wallet of 86000001: {wallet.Balance("86000001", "USDT")} USDT");

        // 2. Register the settlement URLs with the platform (Manager API; here the in-process fake gateway).
        await using var gateway = await CmfblFakeServer.StartAsync(cancellationToken: cancellationToken);
        await using (var client = CmfblClient.Create(new CmfblOptions
        {
            BaseAddress = gateway.BaseAddress,
            CompanyId = gateway.CompanyId,
            AllowInsecureLoopback = true,
            ManagerApi = { AppId = gateway.AppId, AppSecret = gateway.AppSecret },
        }))
        {
            await client.ManagerApi.CompanyWebhook.SubscribeAsync(
                new WebhookSubscribeRequest
                {
                    QueryUserAccountBalanceUrl = new Uri(root, "cmfbl/settlement/get-user-amount"),
                    ExternalSystemAdjustmentUrl = new Uri(root, "cmfbl/settlement/external-system-credit-limit-adjustment"),
                    CancelExternalSystemAdjustmentUrl = new Uri(root, "cmfbl/settlement/cancel-external-system-credit-limit-adjustment"),
                },
                cancellationToken);
        }

        await output.WriteLineAsync("Registered the three settlement URLs with admin.admin.CompanyWebhookDubboService.subscribe");

        // 3. The platform's whole settlement conversation, against the URLs it was given.
        await output.WriteLineAsync();
        await output.WriteLineAsync("The platform calls the settlement receiver:");
        using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForSubscription(gateway.WebhookSubscription!, CompanyId));
        var report = await platform.RunConversationAsync(cancellationToken: cancellationToken);
        await output.WriteAsync(report.ToString());
        await output.WriteLineAsync($"Wallet of 86000001 after the conversation: {wallet.Balance("86000001", "USDT")} USDT (100 - 10 open - 10 sent 5 times, applied once - 10 + 10 late one, reversed + 10 close)");

        // 4. A Bridge fill, signed by the platform's key.
        await output.WriteLineAsync();
        await output.WriteLineAsync("The platform pushes a Bridge fill:");
        using var notifier = new FakeBridgeNotifier(new Uri(root, "cmfbl/bridge"), platformKey, CompanyId);
        var fill = await notifier.SendAsync("ORDER_EXEC_REPORT", new JsonObject
        {
            ["exchangeId"] = "binance", ["tradeType"] = 10, ["customerNo"] = "86000001", ["orderId"] = "9001", ["tradeId"] = "T-77",
            ["executeNum"] = "0.25", ["executePrice"] = "64000.5", ["status"] = 3,
        }, cancellationToken);
        await output.WriteLineAsync($"  platform got HTTP {fill.StatusCode} {fill.Body}");

        // 5. A custom e-mail, with sign encrypted under your public key.
        await output.WriteLineAsync();
        await output.WriteLineAsync("The platform sends a verification e-mail through the custom channel:");
        using var sender = new FakeMessageSender(new Uri(root, "cmfbl/messages"), messageKey);
        var email = await sender.SendEmailAsync("ann@example.com", "Your verification code", "Your code is 123456", cancellationToken);
        await output.WriteLineAsync($"  platform got HTTP {email.StatusCode} {email.Body}");

        await app.StopAsync(cancellationToken);
        var passed = report.Passed && fill.StatusCode == 200 && email.StatusCode == 200;
        await output.WriteLineAsync();
        await output.WriteLineAsync(passed ? "Done: every step passed." : "Some steps failed (see above).");
        return passed ? 0 : 1;
    }
}

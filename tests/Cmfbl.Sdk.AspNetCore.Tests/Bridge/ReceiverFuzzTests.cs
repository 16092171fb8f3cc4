using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.AspNetCore.Bridge;
using Cmfbl.Sdk.AspNetCore.Messages;
using Cmfbl.Sdk.AspNetCore.Tests.Messages;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.AspNetCore.Tests.Bridge;

/// <summary>Malformed Bridge notifications and custom messages: never a 5xx, and a refusal never reaches the handler.</summary>
public sealed class ReceiverFuzzTests
{
    private const int Mutations = 400;

    [Fact]
    public async Task MutatedSignedBodies_AreAnswered200Or4xx_AndRefusalsReachNoHandler()
    {
        var notifications = new ConcurrentQueue<BridgeNotification>();
        var messages = new ConcurrentQueue<ChannelMessage>();
        using var platformKey = TestVectors.PrivateRsa();
        using var messageKey = TestVectors.PublicRsa();
        await using var host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(notifications).AddSingleton(messages);
                services.AddCmfblBridgeNotifications<RecordingBridgeHandler>(o => { o.CompanyId = 439; o.PlatformPublicKey = TestVectors.PublicKey; });
                services.AddCmfblMessageChannel<RecordingMessageHandler>(o => o.PrivateKey = TestVectors.PrivateKey);
            },
            app =>
            {
                app.MapCmfblBridgeNotifications("/bridge");
                app.MapCmfblMessageChannel("/messages");
            });
        using var sender = new FakeMessageSender(new Uri(host.BaseAddress, "messages"), messageKey);
        var random = new Random(23);
        var okBridge = 0;
        var okMessages = 0;

        for (var i = 0; i < Mutations; i++)
        {
            var bridgeBody = new JsonObject { ["msgType"] = "trade", ["content"] = """{"type":"ORDER_CANCEL_REPORT","orderId":"O-1"}""" };
            var (bytes, mutation) = BodyMutator.Mutate(bridgeBody, random);
            var bridge = await SettlementWire.PostRawAsync(host.Client, "bridge", bytes, "t-b" + i, 439, [KeyValuePair.Create("signature", Sign(bytes, platformKey))]);
            Assert.True(bridge.Status == HttpStatusCode.OK || ((int)bridge.Status is >= 400 and < 500), $"bridge {mutation}: HTTP {(int)bridge.Status} {bridge.Body}");
            okBridge += bridge.Status == HttpStatusCode.OK ? 1 : 0;

            var (messageBytes, messageMutation) = BodyMutator.Mutate(sender.Message("+8613800138000", "Code 123456", i % 2 == 0 ? "Subject" : null), random);
            var message = await SettlementWire.PostRawAsync(host.Client, "messages", messageBytes, trace: null, companyId: null);
            Assert.True(message.Status == HttpStatusCode.OK || ((int)message.Status is >= 400 and < 500), $"message {messageMutation}: HTTP {(int)message.Status} {message.Body}");
            okMessages += message.Status == HttpStatusCode.OK ? 1 : 0;
        }

        Assert.Equal(okBridge, notifications.Count);
        Assert.Equal(okMessages, messages.Count);
        Assert.InRange(okMessages, 0, Mutations / 2);
        Assert.InRange(okBridge, 1, Mutations - 1);
        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal));
    }

    /// <summary>Signs a mutated body the way the platform would, when it is still JSON, so the mutation reaches the parser behind the signature check.</summary>
    private static string Sign(byte[] body, RSA key)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(body);
            var toSign = Cmfbl.Sdk.Security.Internal.OpenApiCanonicalizer.StringToSign(document.RootElement, "1722093946335");
            return Convert.ToBase64String(key.SignData(System.Text.Encoding.UTF8.GetBytes(toSign), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            return "bm90LXNpZ25lZA==";
        }
    }
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.AspNetCore.Messages;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.AspNetCore.Tests.Messages;

/// <summary>The custom message endpoint through Kestrel: the RSA <c>sign</c> check, e-mail vs SMS, the Message API reply.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "Disposed in DisposeAsync (IAsyncLifetime).")]
public sealed class MessageChannelTests : IAsyncLifetime
{
    private const string Success = """{"msg":"success","code":"200"}""";

    private readonly ConcurrentQueue<ChannelMessage> _sent = new();
    private readonly RSA _publicKey = TestVectors.PublicRsa();
    private ReceiverHost _host = null!;
    private FakeMessageSender _platform = null!;

    public async Task InitializeAsync()
    {
        _host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(_sent);
                services.AddCmfblMessageChannel<RecordingMessageHandler>(o => o.PrivateKey = TestVectors.PrivateKey);
            },
            app => app.MapCmfblMessageChannel("/cmfbl/messages"));
        _platform = new FakeMessageSender(new Uri(_host.BaseAddress, "cmfbl/messages"), _publicKey);
    }

    public async Task DisposeAsync()
    {
        _platform.Dispose();
        _publicKey.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Email_ValidSign_ReachesSendEmailAsync_AndAnswersSuccess()
    {
        var (status, body) = await _platform.SendEmailAsync("ann@example.com", "Your code", "Code 123456");

        Assert.Equal((200, Success), (status, body));
        var email = Assert.IsType<EmailMessage>(Assert.Single(_sent));
        Assert.Equal(("ann@example.com", "Your code", "Code 123456"), (email.ToUser, email.Title, email.Content));
        Assert.NotNull(email.SentAt);
    }

    [Fact]
    public async Task Sms_ValidSign_ReachesSendSmsAsync_WithPushFields()
    {
        var message = _platform.Message("+8613800138000", "Code 654321", title: null);
        message["pushType"] = "whatapp";
        message["pushId"] = "42";

        var (status, body) = await _platform.SendAsync(message);

        Assert.Equal((200, Success), (status, body));
        var sms = Assert.IsType<SmsMessage>(Assert.Single(_sent));
        Assert.Equal(("+8613800138000", "whatapp", "42"), (sms.ToUser, sms.PushType, sms.PushId));
    }

    [Theory]
    [InlineData("toUser")]
    [InlineData("trace")]
    [InlineData("timestamp")]
    public async Task SignedFieldChanged_Is401WithAClearLogLine_AndNothingSent(string field)
    {
        var message = _platform.Message("bob@example.com", "Code 111222", "Subject");
        message[field] = field == "timestamp" ? 1L : "changed-value";

        var (status, body) = await _platform.SendAsync(message);

        Assert.Equal(401, status);
        Assert.Contains("\"code\":\"401\"", body, StringComparison.Ordinal);
        Assert.Empty(_sent);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("custom message refused", StringComparison.Ordinal) && line.Contains("sign did not decrypt", StringComparison.Ordinal));
        Assert.DoesNotContain("bob@example.com", _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain("Code 111222", _host.Logs.All, StringComparison.Ordinal);
        Assert.DoesNotContain((string)message["sign"]!, _host.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignForAnotherKey_Is401()
    {
        using var otherKey = RSA.Create(1024);
        using var impostor = new FakeMessageSender(new Uri(_host.BaseAddress, "cmfbl/messages"), otherKey);

        var (status, _) = await impostor.SendSmsAsync("+8613800138000", "hello");

        Assert.Equal(401, status);
        Assert.Empty(_sent);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("")]
    [InlineData("AAAA")]
    public async Task GarbledSign_IsRefused(string sign)
    {
        var message = _platform.Message("+8613800138000", "hello", null);
        message["sign"] = sign;

        var (status, _) = await _platform.SendAsync(message);

        Assert.Equal(sign.Length == 0 ? 400 : 401, status);
        Assert.Empty(_sent);
    }

    [Fact]
    public async Task MissingContent_Is400NamingIt()
    {
        var message = _platform.Message("+8613800138000", "hello", null);
        message.Remove("content");

        var (status, body) = await _platform.SendAsync(message);

        Assert.Equal(400, status);
        Assert.Contains("missing content", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateKeyAsAnRsaInstance_Works()
    {
        using var privateKey = TestVectors.PrivateRsa();
        var sent = new ConcurrentQueue<ChannelMessage>();
        await using var host = await ReceiverHost.StartAsync(
            services =>
            {
                services.AddSingleton(sent);
                services.AddCmfblMessageChannel<RecordingMessageHandler>(o => o.PrivateKeyRsa = privateKey);
            },
            app => app.MapCmfblMessageChannel("/m"));
        using var platform = new FakeMessageSender(new Uri(host.BaseAddress, "m"), _publicKey);

        var (status, _) = await platform.SendSmsAsync("+1", "x");

        Assert.Equal(200, status);
        Assert.Single(sent);
    }

    [Fact]
    public void MessageChannelOptions_ToString_HidesTheKey()
    {
        var options = new MessageChannelOptions { PrivateKey = TestVectors.PrivateKey };

        Assert.DoesNotContain(TestVectors.PrivateKey[..20], options.ToString(), StringComparison.Ordinal);
        Assert.Contains("***", options.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>Records what it is asked to send.</summary>
public sealed class RecordingMessageHandler(ConcurrentQueue<ChannelMessage> sent) : IMessageChannelHandler
{
    public Task SendEmailAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task SendSmsAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        sent.Enqueue(message);
        return Task.CompletedTask;
    }
}

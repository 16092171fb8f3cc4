using Cmfbl.Sdk.Samples.Receivers;

namespace Cmfbl.Sdk.AspNetCore.Tests.Samples;

/// <summary>The README's receivers command: the sample runs the web app and the fake platform in process and exits 0.</summary>
public sealed class ReceiversSampleTests
{
    [Fact]
    public async Task RunAsync_TellsTheWholeReceiversStory_AndReturnsZero()
    {
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var exitCode = await ReceiversSample.RunAsync(TextWriter.Synchronized(output), timeout.Token);

        var text = output.ToString();
        Assert.True(exitCode == 0, text);
        Assert.DoesNotContain("FAIL", text, StringComparison.Ordinal);
        Assert.Contains("Registered the three settlement URLs", text, StringComparison.Ordinal);
        Assert.Contains("code=US_0000002", text, StringComparison.Ordinal);
        Assert.Contains("Wallet of 86000001 after the conversation: 90 USDT", text, StringComparison.Ordinal);
        Assert.Contains("receiver: fill T-77 of order 9001", text, StringComparison.Ordinal);
        Assert.Contains("""{"msg":"success","code":"200"}""", text, StringComparison.Ordinal);
        Assert.DoesNotContain("123456", text, StringComparison.Ordinal);
        Assert.Contains("Done: every step passed.", text, StringComparison.Ordinal);
    }
}

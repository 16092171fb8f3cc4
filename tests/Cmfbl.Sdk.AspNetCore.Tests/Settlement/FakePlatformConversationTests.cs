using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Cmfbl.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>The fake platform's whole settlement conversation against the package's receiver, and against a receiver that breaks the rules.</summary>
public sealed class FakePlatformConversationTests
{
    [Fact]
    public async Task RunConversationAsync_AgainstTheReceiver_PassesEveryStep_AndLeavesTheLedgerConsistent()
    {
        var ledger = new Ledger();
        ledger.Apply("86000001", "USDT", 100m);
        await using var host = await SettlementFixture.StartAsync(ledger);
        using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForReceiver(new Uri(host.BaseAddress, "cmfbl/settlement/"), SettlementWire.CompanyId));

        var report = await platform.RunConversationAsync();

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(10, report.Steps.Count);
        // Open 10, duplicates 10 once, late 10 then reversed, close 10 (the test ledger debits every adjustment).
        Assert.Equal(70m, ledger.Balance("86000001", "USDT"));
        Assert.Single(ledger.Reversals);
        Assert.Contains(platform.Exchanges, e => e.Kind == FakeSettlementCallKind.Cancellation && e.Code == "US_0000002");
        Assert.Contains("PASS retry of the same requestUniqueNo", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunConversationAsync_AgainstAReceiverThatAnswersZeroToEverything_ReportsTheBrokenRules()
    {
        await using var host = await ReceiverHost.StartAsync(
            _ => { },
            app => app.MapPost("/naive/{name}", (HttpContext http) => Results.Text(
                $$"""{"code":"0","msg":"Success","bizCode":"","tm":1,"trace":"{{http.Request.Headers["trace"]}}","msgParams":null,"data":{"userName":"86000001","currency":"USDT","amount":"1","amountDigits":2},"ok":true,"fail":false}""",
                "application/json")));
        using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForReceiver(new Uri(host.BaseAddress, "naive/"), 439));

        var report = await platform.RunConversationAsync();

        Assert.False(report.Passed);
        var failed = report.Failures.Select(step => step.Name).ToArray();
        Assert.Contains(failed, name => name.StartsWith("cancellation of an adjustment never received", StringComparison.Ordinal));
        Assert.Contains(failed, name => name.StartsWith("a call with another companyId", StringComparison.Ordinal));
        Assert.Contains("FAIL", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdjustAsync_ReceiverRefuses_PlatformCancelsAndGetsUS0000001()
    {
        var ledger = new Ledger { OnAdjust = (_, _) => Task.FromResult(Cmfbl.Sdk.AspNetCore.Settlement.SettlementReply.Failure("NO_FUNDS", "Not enough")) };
        await using var host = await SettlementFixture.StartAsync(ledger);
        using var platform = new FakeSettlementPlatform(FakeSettlementPlatformOptions.ForReceiver(new Uri(host.BaseAddress, "cmfbl/settlement"), SettlementWire.CompanyId));

        var result = await platform.AdjustAsync(new FakeAdjustment { Amount = 5m });

        Assert.False(result.Done);
        Assert.True(result.CancellationSettled);
        Assert.Equal("US_0000001", Assert.Single(result.Cancellations).Code);
    }

    /// <summary>
    /// The adjustment is first sent by a patient platform, so it is surely claimed and running; then the 200 ms
    /// platform retries it, times out, and cancels it twice, and each cancellation also times out while the
    /// adjustment is still in flight: the platform ends with nothing settled.
    /// </summary>
    [Fact]
    public async Task AdjustAsync_ReceiverTooSlowForThePlatform_TimesOut_ThenCancelsUntilItGivesUp()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ledger = new Ledger
        {
            OnAdjust = async (_, _) =>
            {
                entered.TrySetResult();
                await release.Task;
                return Cmfbl.Sdk.AspNetCore.Settlement.SettlementReply.Success();
            },
        };
        await using var host = await SettlementFixture.StartAsync(ledger, o => o.HandlerDeadline = TimeSpan.FromSeconds(30));
        var prefix = new Uri(host.BaseAddress, "cmfbl/settlement/");
        var patientOptions = FakeSettlementPlatformOptions.ForReceiver(prefix, SettlementWire.CompanyId);
        patientOptions.Timeout = TimeSpan.FromSeconds(60);
        using var patient = new FakeSettlementPlatform(patientOptions);
        var options = FakeSettlementPlatformOptions.ForReceiver(prefix, SettlementWire.CompanyId);
        options.Timeout = TimeSpan.FromMilliseconds(200);
        options.CancellationAttempts = 2;
        using var platform = new FakeSettlementPlatform(options);
        var adjustment = new FakeAdjustment();
        var firstSend = patient.SendAdjustmentAsync(adjustment);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var result = await platform.AdjustAsync(adjustment);
        release.SetResult();
        var first = await firstSend;

        Assert.True(result.Adjustment.TimedOut, string.Join("\n", platform.Exchanges));
        Assert.False(result.Done);
        Assert.Equal(2, result.Cancellations.Count);
        Assert.All(result.Cancellations, c => Assert.True(c.TimedOut, string.Join("\n", platform.Exchanges)));
        Assert.False(result.CancellationSettled);
        Assert.Contains("no answer within the time limit", result.Adjustment.ToString(), StringComparison.Ordinal);
        Assert.Equal("0", first.Code);
        Assert.Single(ledger.Adjustments);
    }
}

using Cmfbl.Sdk.AspNetCore;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>The vendor's cancel rules: US_0000002 never received, US_0000001 received but not processed, otherwise reverse once.</summary>
public sealed class CancelRuleTests : IAsyncLifetime
{
    private readonly Ledger _ledger = new();
    private ReceiverHost _host = null!;

    public async Task InitializeAsync() => _host = await SettlementFixture.StartAsync(_ledger);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Cancel_OfAnAdjustmentNeverReceived_AnswersUS0000002_AndTheAdjustmentArrivingLaterIsRefused()
    {
        var cancel = await PostAsync(_host.Client, CancelPath, CancelBody("C-1", "R-never"), trace: "t-cancel");
        var late = await PostAsync(_host.Client, AdjustPath, AdjustBody("R-never"));

        Assert.Equal((CmfblReplyCodes.NeverReceived, "US", "t-cancel"), (cancel.Code, cancel.Envelope.GetProperty("bizCode").GetString(), cancel.Trace));
        Assert.Equal(CmfblReplyCodes.CancelledBeforeArrival, late.Code);
        Assert.Empty(_ledger.Adjustments);
        Assert.Empty(_ledger.Reversals);
    }

    [Fact]
    public async Task Cancel_OfARefusedAdjustment_AnswersUS0000001_WithoutReversing()
    {
        _ledger.OnAdjust = (_, _) => Task.FromResult(SettlementReply.Failure("INSUFFICIENT", "Not enough balance"));
        await PostAsync(_host.Client, AdjustPath, AdjustBody("R-refused"));

        var cancel = await PostAsync(_host.Client, CancelPath, CancelBody("C-2", "R-refused"));

        Assert.Equal((CmfblReplyCodes.ReceivedNotProcessed, "US"), (cancel.Code, cancel.Envelope.GetProperty("bizCode").GetString()));
        Assert.Empty(_ledger.Reversals);
    }

    [Fact]
    public async Task Cancel_OfAnAdjustmentWhoseHandlerThrew_AnswersUS0000001()
    {
        _ledger.OnAdjust = (_, _) => throw new InvalidOperationException("boom");
        await PostAsync(_host.Client, AdjustPath, AdjustBody("R-threw"));

        var cancel = await PostAsync(_host.Client, CancelPath, CancelBody("C-3", "R-threw"));

        Assert.Equal(CmfblReplyCodes.ReceivedNotProcessed, cancel.Code);
        Assert.Empty(_ledger.Reversals);
    }

    [Fact]
    public async Task Cancel_OfAProcessedAdjustment_ReversesItOnce_AndItsRepeatsGetTheSameAnswer()
    {
        await PostAsync(_host.Client, AdjustPath, AdjustBody("R-done", 7m));

        var first = await PostAsync(_host.Client, CancelPath, CancelBody("C-4", "R-done", 7m), trace: "t-c1");
        var again = await PostAsync(_host.Client, CancelPath, CancelBody("C-4", "R-done", 7m), trace: "t-c2");

        Assert.Equal(("0", "t-c1"), (first.Code, first.Trace));
        Assert.Equal(("0", "t-c2"), (again.Code, again.Trace));
        var reversal = Assert.Single(_ledger.Reversals);
        Assert.Equal(("C-4", "R-done", 7m, "timeout"), (reversal.RequestUniqueNo, reversal.ReverseRequestUniqueNo, reversal.Amount, reversal.CancelRemark));
        Assert.Equal(0m, _ledger.Balance("86000001", "USDT"));
    }

    [Fact]
    public async Task Cancel_ReversalRefused_IsNotStored_SoTheRetryRunsItAgain()
    {
        await PostAsync(_host.Client, AdjustPath, AdjustBody("R-retry"));
        var attempts = 0;
        _ledger.OnReverse = (_, _) => Task.FromResult(Interlocked.Increment(ref attempts) == 1
            ? SettlementReply.Failure("LEDGER_BUSY", "Try again")
            : SettlementReply.Success());

        var first = await PostAsync(_host.Client, CancelPath, CancelBody("C-5", "R-retry"));
        var retry = await PostAsync(_host.Client, CancelPath, CancelBody("C-5", "R-retry"));

        Assert.Equal(("LEDGER_BUSY", "0"), (first.Code, retry.Code));
        Assert.Equal(2, _ledger.Reversals.Count);
        Assert.Equal(0m, _ledger.Balance("86000001", "USDT"));
    }

    [Fact]
    public async Task Cancel_WithoutOrderId_IsAccepted_AndMissingReverseNumberIsRefused()
    {
        var body = CancelBody("C-6", "R-x");
        body.Remove("orderId");
        var ok = await PostAsync(_host.Client, CancelPath, body);
        var bad = CancelBody("C-7", "R-x");
        bad.Remove("reverseRequestUniqueNo");
        var refused = await PostAsync(_host.Client, CancelPath, bad);

        Assert.Equal(CmfblReplyCodes.NeverReceived, ok.Code);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("missing reverseRequestUniqueNo", refused.Envelope.GetProperty("msg").GetString(), StringComparison.Ordinal);
    }
}

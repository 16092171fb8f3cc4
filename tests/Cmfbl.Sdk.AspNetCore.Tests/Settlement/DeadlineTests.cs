using Cmfbl.Sdk.AspNetCore;
using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>
/// The deadline on a <see cref="FakeTimeProvider"/>: the handler's token fires at the configured deadline and the
/// answer is then "not done", never a success, whatever the handler does later.
/// </summary>
public sealed class DeadlineTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly Ledger _ledger = new();
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ReceiverHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await SettlementFixture.StartAsync(_ledger, services: services => services.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Adjust_SlowHandlerThatSucceedsLate_IsAnsweredNotDone_AndTheLateSuccessIsReversedByTheCancel()
    {
        var release = new TaskCompletionSource<SettlementReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        CancellationToken handlerToken = default;
        _ledger.OnAdjust = async (_, token) =>
        {
            handlerToken = token;
            _entered.SetResult();
            return await release.Task;
        };

        var pending = PostAsync(_host.Client, AdjustPath, AdjustBody("R-late"), trace: "t-late");
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(handlerToken.IsCancellationRequested);
        _time.Advance(TimeSpan.FromMilliseconds(2499));
        Assert.False(pending.IsCompleted && (await pending).Code == "0");
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var reply = await pending;

        Assert.True(handlerToken.IsCancellationRequested);
        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, reply.Code);
        Assert.Equal("t-late", reply.Trace);
        Assert.True(reply.Envelope.GetProperty("fail").GetBoolean());
        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, (await PostAsync(_host.Client, AdjustPath, AdjustBody("R-late"))).Code);

        release.SetResult(SettlementReply.Success());
        await Eventually.TrueAsync(async () => (await _host.Store().GetAsync("adjust:R-late", default))?.Outcome == SettlementOutcome.Processed, "the late success is recorded");
        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, (await PostAsync(_host.Client, AdjustPath, AdjustBody("R-late"))).Code);
        Assert.Equal(-12.5m, _ledger.Balance("86000001", "USDT"));

        var cancel = await PostAsync(_host.Client, CancelPath, CancelBody("C-late", "R-late"));

        Assert.Equal("0", cancel.Code);
        Assert.Single(_ledger.Reversals);
        Assert.Equal(0m, _ledger.Balance("86000001", "USDT"));
        Assert.Single(_ledger.Adjustments);
        Assert.Contains(_host.Logs.Lines, line => line.Contains("missed the 2500 ms deadline", StringComparison.Ordinal));
        Assert.Contains(_host.Logs.Lines, line => line.Contains("finished after the deadline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adjust_HandlerThatHonoursItsToken_IsAnsweredNotDone_AndItsCancelIsReceivedNotProcessed()
    {
        _ledger.OnAdjust = async (_, token) =>
        {
            _entered.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return SettlementReply.Success();
        };

        var pending = PostAsync(_host.Client, AdjustPath, AdjustBody("R-cancelled"));
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(2.5));
        var reply = await pending;
        await Eventually.TrueAsync(async () => (await _host.Store().GetAsync("adjust:R-cancelled", default))?.Outcome == SettlementOutcome.NotProcessed, "the abandoned adjustment is recorded");
        var cancel = await PostAsync(_host.Client, CancelPath, CancelBody("C-cancelled", "R-cancelled"));

        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, reply.Code);
        Assert.Equal(CmfblReplyCodes.ReceivedNotProcessed, cancel.Code);
        Assert.Empty(_ledger.Reversals);
        Assert.Equal(0m, _ledger.Balance("86000001", "USDT"));
    }

    [Fact]
    public async Task GetUserAmount_SlowHandler_IsAnsweredNotDoneAtTheDeadline()
    {
        _ledger.OnBalance = async (query, token) =>
        {
            _entered.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return new AccountBalance(query.UserName, query.Currency, 1m, 2);
        };

        var pending = PostAsync(_host.Client, BalancePath, BalanceBody());
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(2.5));
        var reply = await pending;

        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, reply.Code);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.Data.ValueKind);
    }

    [Fact]
    public async Task Cancel_WhileTheAdjustmentStillRuns_AnswersInProgress_ThenTheRetryReversesIt()
    {
        var release = new TaskCompletionSource<SettlementReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _ledger.OnAdjust = async (_, _) =>
        {
            _entered.SetResult();
            return await release.Task;
        };

        var adjust = PostAsync(_host.Client, AdjustPath, AdjustBody("R-racing"));
        await _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var cancel = PostAsync(_host.Client, CancelPath, CancelBody("C-racing", "R-racing"));
        await Eventually.TrueAsync(async () => await _host.Store().GetAsync("cancel:C-racing", default) is not null, "the cancellation is claimed");
        _time.Advance(TimeSpan.FromSeconds(2.5));

        Assert.Equal(CmfblReplyCodes.DeadlineExceeded, (await adjust).Code);
        Assert.Equal(CmfblReplyCodes.InProgress, (await cancel).Code);
        Assert.Null(await _host.Store().GetAsync("cancel:C-racing", default));

        release.SetResult(SettlementReply.Success());
        await Eventually.TrueAsync(async () => (await _host.Store().GetAsync("adjust:R-racing", default))?.Outcome == SettlementOutcome.Processed, "the late success is recorded");
        var retry = await PostAsync(_host.Client, CancelPath, CancelBody("C-racing", "R-racing"));

        Assert.Equal("0", retry.Code);
        Assert.Single(_ledger.Reversals);
        Assert.Equal(0m, _ledger.Balance("86000001", "USDT"));
    }
}

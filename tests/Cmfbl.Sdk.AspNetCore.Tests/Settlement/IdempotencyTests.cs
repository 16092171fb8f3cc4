using Cmfbl.Sdk.AspNetCore;
using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Settlement;

/// <summary>Idempotency by requestUniqueNo: repeats get the first answer, concurrent duplicates wait for it, the handler runs once.</summary>
public sealed class IdempotencyTests
{
    [Fact]
    public async Task Adjust_RepeatedWithANewTrace_GetsTheFirstAnswerWithItsOwnTrace_AndTheHandlerRunsOnce()
    {
        var ledger = new Ledger();
        await using var host = await SettlementFixture.StartAsync(ledger);

        var first = await PostAsync(host.Client, AdjustPath, AdjustBody("R-repeat"), trace: "t-first");
        var second = await PostAsync(host.Client, AdjustPath, AdjustBody("R-repeat"), trace: "t-second");

        Assert.Equal(("0", "t-first"), (first.Code, first.Trace));
        Assert.Equal(("0", "t-second"), (second.Code, second.Trace));
        Assert.Single(ledger.Adjustments);
        Assert.Equal(-12.5m, ledger.Balance("86000001", "USDT"));
        Assert.Contains(host.Logs.Lines, line => line.Contains("is a repeat", StringComparison.Ordinal) && line.Contains("R-repeat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Adjust_RefusedThenRepeated_GetsTheSameRefusal_WithoutAskingTheHandlerAgain()
    {
        var ledger = new Ledger { OnAdjust = (_, _) => Task.FromResult(SettlementReply.Failure("LIMIT", "Over the limit")) };
        await using var host = await SettlementFixture.StartAsync(ledger);

        var first = await PostAsync(host.Client, AdjustPath, AdjustBody("R-refused"));
        var second = await PostAsync(host.Client, AdjustPath, AdjustBody("R-refused"));

        Assert.Equal(("LIMIT", "LIMIT"), (first.Code, second.Code));
        Assert.Equal(first.Envelope.GetProperty("msg").GetString(), second.Envelope.GetProperty("msg").GetString());
        Assert.Single(ledger.Adjustments);
    }

    /// <summary>
    /// The handler holds its answer until all 50 requests have reached the store, so they provably overlapped: 49 of
    /// them found the first one's claim while it was still running, waited, and got its answer.
    /// </summary>
    [Fact]
    public async Task Adjust_50ConcurrentDuplicates_RunTheHandlerOnce_AndAllGetItsAnswer()
    {
        const int Duplicates = 50;
        var ledger = new Ledger();
        ObservedStore? observed = null;
        await using var host = await SettlementFixture.StartAsync(
            ledger,
            options => options.HandlerDeadline = TimeSpan.FromSeconds(60),
            services => services.AddSingleton<ISettlementIdempotencyStore>(provider =>
                observed = new ObservedStore(new InMemorySettlementIdempotencyStore(provider.GetRequiredService<IOptions<IdempotencyStoreOptions>>()), Duplicates)));
        var handlerSawAllArrive = false;
        ledger.OnAdjust = async (_, token) =>
        {
            await observed!.AllArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), token);
            handlerSawAllArrive = true;
            return SettlementReply.Success();
        };

        var replies = await Task.WhenAll(Enumerable.Range(0, Duplicates)
            .Select(i => PostAsync(host.Client, AdjustPath, AdjustBody("R-concurrent"), trace: "t-" + i)));

        Assert.True(handlerSawAllArrive);
        Assert.Equal(Duplicates, observed!.Claims);
        Assert.Single(ledger.Adjustments);
        Assert.All(replies, reply => Assert.Equal("0", reply.Code));
        Assert.All(replies, reply => Assert.Equal(reply.SentTrace, reply.Trace));
        Assert.Equal(-12.5m, ledger.Balance("86000001", "USDT"));
        Assert.Equal(Duplicates - 1, host.Logs.Lines.Count(line => line.Contains("is a repeat", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Adjust_DifferentNumbers_AreIndependent()
    {
        var ledger = new Ledger();
        await using var host = await SettlementFixture.StartAsync(ledger);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => PostAsync(host.Client, AdjustPath, AdjustBody("R-n" + i, 1m))));

        Assert.Equal(10, ledger.Adjustments.Count);
        Assert.Equal(-10m, ledger.Balance("86000001", "USDT"));
    }

    [Fact]
    public async Task Adjust_StoreUnavailable_Answers503_WithoutRunningTheHandler()
    {
        var ledger = new Ledger();
        await using var host = await SettlementFixture.StartAsync(ledger, services: services => services.AddSingleton<ISettlementIdempotencyStore>(new FailingStore()));

        var reply = await PostAsync(host.Client, AdjustPath, AdjustBody("R-down"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Equal(CmfblReplyCodes.StoreUnavailable, reply.Code);
        Assert.Empty(ledger.Adjustments);
        Assert.Contains(host.Logs.Lines, line => line.Contains("idempotency store failed", StringComparison.Ordinal));
    }

    private sealed class FailingStore : ISettlementIdempotencyStore
    {
        public Task<IdempotencyRecord?> TryClaimAsync(string key, CancellationToken cancellationToken) => throw new IOException("store down");

        public Task<IdempotencyRecord?> GetAsync(string key, CancellationToken cancellationToken) => throw new IOException("store down");

        public Task SetReplyAsync(string key, StoredReply reply, CancellationToken cancellationToken) => throw new IOException("store down");

        public Task CompleteAsync(string key, SettlementOutcome outcome, StoredReply? reply, CancellationToken cancellationToken) => throw new IOException("store down");

        public Task ReleaseAsync(string key, CancellationToken cancellationToken) => throw new IOException("store down");
    }
}

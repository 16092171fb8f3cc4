using Cmfbl.Sdk.AspNetCore.Idempotency;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.AspNetCore.Tests.Idempotency;

/// <summary>The in-memory store: one winner per key, first answer kept, records gone after the retention.</summary>
public sealed class InMemoryStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryClaimAsync_SecondCaller_SeesThePendingClaim_AndTheFirstAnswerIsKept()
    {
        var store = Store(TimeSpan.FromHours(1));
        var first = new StoredReply("CMFBL_DEADLINE_EXCEEDED", "Not done", "", null);

        Assert.Null(await store.TryClaimAsync("k", default));
        Assert.Equal(new IdempotencyRecord(SettlementOutcome.Pending, null), await store.TryClaimAsync("k", default));
        await store.SetReplyAsync("k", first, default);
        await store.CompleteAsync("k", SettlementOutcome.Processed, new StoredReply("0", "Success", "", "{}"), default);

        Assert.Equal(new IdempotencyRecord(SettlementOutcome.Processed, first), await store.GetAsync("k", default));
    }

    [Fact]
    public async Task Records_ExpireAfterTheRetention_AndAreSweptOnALaterClaim()
    {
        var store = Store(TimeSpan.FromHours(24));
        await store.TryClaimAsync("old", default);

        _time.Advance(TimeSpan.FromHours(24));
        Assert.Null(await store.GetAsync("old", default));
        Assert.Null(await store.TryClaimAsync("old", default));
        _time.Advance(TimeSpan.FromHours(25));
        await store.TryClaimAsync("new", default);

        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task ReleaseAsync_LetsTheNextCallerClaimAgain_AndCompletingAReleasedKeyDoesNothing()
    {
        var store = Store(TimeSpan.FromHours(1));
        await store.TryClaimAsync("k", default);

        await store.ReleaseAsync("k", default);
        await store.CompleteAsync("k", SettlementOutcome.Processed, null, default);

        Assert.Null(await store.GetAsync("k", default));
        Assert.Null(await store.TryClaimAsync("k", default));
    }

    private InMemorySettlementIdempotencyStore Store(TimeSpan retention) =>
        new(Options.Create(new IdempotencyStoreOptions { Retention = retention }), _time);
}

using Cmfbl.Sdk.AspNetCore;
using Cmfbl.Sdk.AspNetCore.Idempotency;
using Cmfbl.Sdk.AspNetCore.Settlement;
using Cmfbl.Sdk.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using static Cmfbl.Sdk.AspNetCore.Tests.TestSupport.SettlementWire;

namespace Cmfbl.Sdk.AspNetCore.Tests.Idempotency;

/// <summary>The Redis store against a real redis-server: atomic claims, first answer wins, expiry, and two instances sharing it.</summary>
public sealed class RedisStoreTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [RedisFact]
    public async Task TryClaimAsync_50CallersReleasedTogether_ExactlyOneWins_AndTheOthersSeeItsPendingClaim()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var store = Store(connection);
        var key = "claim-" + Guid.NewGuid().ToString("N");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var claims = Enumerable.Range(0, 50).Select(async _ =>
        {
            await start.Task;
            return await store.TryClaimAsync(key, default);
        }).ToArray();

        start.SetResult();
        var results = await Task.WhenAll(claims);

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(new IdempotencyRecord(SettlementOutcome.Pending, null), r));
    }

    [RedisFact]
    public async Task Records_KeepTheFirstReply_UpdateTheOutcome_AndCanBeReleased()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var store = Store(connection);
        var key = "record-" + Guid.NewGuid().ToString("N");
        var first = new StoredReply("CMFBL_DEADLINE_EXCEEDED", "Not done", "", null);

        Assert.Null(await store.GetAsync(key, default));
        Assert.Null(await store.TryClaimAsync(key, default));
        await store.SetReplyAsync(key, first, default);
        await store.SetReplyAsync(key, new StoredReply("0", "Success", "", "{}"), default);
        await store.CompleteAsync(key, SettlementOutcome.Processed, new StoredReply("0", "Success", "", "{}"), default);

        Assert.Equal(new IdempotencyRecord(SettlementOutcome.Processed, first), await store.GetAsync(key, default));
        Assert.Equal(new IdempotencyRecord(SettlementOutcome.Processed, first), await store.TryClaimAsync(key, default));

        await store.ReleaseAsync(key, default);
        Assert.Null(await store.GetAsync(key, default));
        await store.CompleteAsync(key, SettlementOutcome.Processed, first, default);
        Assert.Null(await store.GetAsync(key, default));
    }

    [RedisFact]
    public async Task Records_ExpireAfterTheRetention_WithAKeyPrefixPerCompany()
    {
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
        var store = new RedisSettlementIdempotencyStore(connection, new RedisIdempotencyStoreOptions { KeyPrefix = prefix, Retention = TimeSpan.FromSeconds(30) });

        await store.TryClaimAsync("adjust:R-1", default);
        await store.CompleteAsync("adjust:R-1", SettlementOutcome.Processed, new StoredReply("0", "Success", "", "{\"a\":1}"), default);

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(prefix + "adjust:R-1");
        Assert.NotNull(ttl);
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal("{\"a\":1}", (await store.GetAsync("adjust:R-1", default))!.Reply!.DataJson);
    }

    /// <summary>Two receiver instances (two Kestrel apps) share one Redis: a retry landing on the other instance gets the first answer.</summary>
    [RedisFact]
    public async Task TwoInstances_SharingRedis_RunTheHandlerOnce_ForDuplicatesSpreadOverBoth()
    {
        var ledger = new Ledger();
        var prefix = "test:" + Guid.NewGuid().ToString("N") + ":";
        void UseRedis(IServiceCollection services) => services.AddCmfblRedisIdempotencyStore(o =>
        {
            o.Configuration = redis.Configuration;
            o.KeyPrefix = prefix;
        });
        await using var first = await SettlementFixture.StartAsync(ledger, services: UseRedis);
        await using var second = await SettlementFixture.StartAsync(ledger, services: UseRedis);
        Assert.IsType<RedisSettlementIdempotencyStore>(first.Store());

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            PostAsync((i % 2 == 0 ? first : second).Client, AdjustPath, AdjustBody("R-shared"), trace: "t-" + i)));
        var cancel = await PostAsync(second.Client, CancelPath, CancelBody("C-shared", "R-shared"));
        var cancelAgain = await PostAsync(first.Client, CancelPath, CancelBody("C-shared", "R-shared"));

        Assert.Single(ledger.Adjustments);
        Assert.All(replies, r => Assert.Equal("0", r.Code));
        Assert.Equal(("0", "0"), (cancel.Code, cancelAgain.Code));
        Assert.Single(ledger.Reversals);
        Assert.Equal(0m, ledger.Balance("86000001", "USDT"));
    }

    [Fact]
    public async Task AddCmfblRedisIdempotencyStore_RedisUnreachable_Answers503_WithoutRunningTheHandler()
    {
        var ledger = new Ledger();
        await using var host = await SettlementFixture.StartAsync(ledger, services: services => services.AddCmfblRedisIdempotencyStore(o =>
            o.Configuration = "127.0.0.1:1,connectTimeout=200,syncTimeout=200,asyncTimeout=200"));

        var reply = await PostAsync(host.Client, AdjustPath, AdjustBody("R-unreachable"));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, reply.Status);
        Assert.Equal(CmfblReplyCodes.StoreUnavailable, reply.Code);
        Assert.Empty(ledger.Adjustments);
    }

    private static RedisSettlementIdempotencyStore Store(IConnectionMultiplexer connection) =>
        new(connection, new RedisIdempotencyStoreOptions { KeyPrefix = "test:" + Guid.NewGuid().ToString("N") + ":" });
}

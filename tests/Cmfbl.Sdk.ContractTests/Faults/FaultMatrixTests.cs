using System.Diagnostics;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Tests.TestSupport;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.ClientApi.Funds.Models;
using Cmfbl.Sdk.Security;
using WireMock.Admin.Mappings;

namespace Cmfbl.Sdk.ContractTests.Faults;

/// <summary>
/// The fault matrix of docs/resilience.md (the rows are data in <see cref="FaultRows"/>) against a real server over a
/// real socket: every row for a read (page) and for an unsafe write (register a customer), asserting the exception
/// the caller sees, how many requests the server received, and an upper bound on the time it took. No unsafe write is
/// ever sent twice. Every row again for a write with the caller's idempotency key (a customer's withdrawal): retried
/// with that key on every attempt.
/// </summary>
public sealed class FaultMatrixTests(WireMockFixture server) : ContractTest(server)
{
    private const string Page = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.page";
    private const string AddCustomer = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string Auth = "/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth";
    private const string Withdraw = "/api/global/fund.app.WithdrawAppDubboService.createWithdrawProposal";

    /// <summary>The names of the rows of <see cref="FaultRows.All"/>.</summary>
    public static TheoryData<string> Rows => [.. FaultRows.All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Read_Fault_EndsAsDocumented(string row)
    {
        var expected = FaultRows.Get(row).Read;
        var manager = Manager(Fast);
        var clock = Stopwatch.StartNew();

        var exception = await Record.ExceptionAsync(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = $"fault-{row}" }));

        AssertOutcome(expected, exception, Server.Count(Page), clock.Elapsed);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task UnsafeWrite_Fault_EndsAsDocumented_AndIsNeverDuplicated(string row)
    {
        var expected = FaultRows.Get(row).UnsafeWrite;
        var manager = Manager(Fast);
        var clock = Stopwatch.StartNew();

        var exception = await Record.ExceptionAsync(() => manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(row)));

        AssertOutcome(expected, exception, Server.Count(AddCustomer), clock.Elapsed);
        if (expected.Requests == 2)
        {
            // Only the login-expired row replays, and each attempt carried a different token.
            Assert.Equal([Constants.FirstToken, Constants.SecondToken], Server.Requests(AddCustomer).Select(r => r.Headers["token"]));
            Assert.Equal(2, Server.Count(Auth));
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task KeyedWrite_Fault_IsRetriedWithTheCallersKey_AndEndsAsDocumented(string row)
    {
        var expected = FaultRows.Get(row).KeyedWrite;
        var key = $"fault-{row}";
        var mapping = Server.Serve(SameFault(row, Withdraw, key));
        using var session = Client(Fast).Sessions.FromToken(Constants.ClientToken);
        var clock = Stopwatch.StartNew();
        Exception? exception;
        try
        {
            exception = await Record.ExceptionAsync(() => session.Withdrawals.CreateWithdrawProposalAsync(NewWithdrawal(), idempotencyKey: key));
        }
        finally
        {
            Server.Withdraw(mapping);
        }

        AssertOutcome(expected, exception, Server.Count(Withdraw), clock.Elapsed);
        Assert.All(Server.Requests(Withdraw), attempt => Assert.Equal(key, attempt.Headers["idempotency-key"]));
    }

    [Fact]
    public async Task Http418_BansTheFamily_SoTheNextCallIsNotSent()
    {
        var manager = Manager(Fast, new ObservedClock());
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "fault-http-418" }));

        var second = await Assert.ThrowsAsync<CmfblRateLimitException>(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(1, Server.Count(Page));
        Assert.Equal(TimeSpan.FromSeconds(300), second.RetryAfter); // the server's x-ratelimit-reset; no time passed on the SDK's clock
    }

    [Fact]
    public async Task Http429_RetryAfterIsHonoured_BetweenAttempts()
    {
        var clock = new ObservedClock();
        var manager = Manager(
            o =>
            {
                Fast(o);
                o.ManagerApi.Resilience.MaxRetryAttempts = 1;
                o.ManagerApi.Resilience.AttemptTimeout = TimeSpan.FromSeconds(10); // not the 1 s the server asks to wait
            },
            clock);

        var call = manager.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "fault-http-429" });
        await clock.WaitForTimerAsync(TimeSpan.FromSeconds(1)); // the server's Retry-After: 1
        Assert.Equal(1, Server.Count(Page)); // not retried before the wait is over
        clock.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => call.WaitAsync(Rendezvous.Bound));

        Assert.Equal(2, Server.Count(Page));
    }

    private static void Fast(CmfblOptions options)
    {
        options.Timeout = TimeSpan.FromSeconds(30);
        foreach (var resilience in new[] { options.ManagerApi.Resilience, options.ClientApi.Resilience })
        {
            resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
        }
    }

    /// <summary>The row's fault (the answer of <c>Mappings/Faults/addCus-{row}.json</c>) for any request to <paramref name="path"/> that carries <paramref name="key"/>.</summary>
    private static MappingModel SameFault(string row, string path, string key)
    {
        var mapping = WireMockFixture.ReadMapping($"Faults/addCus-{row}.json");
        mapping.Guid = Guid.NewGuid();
        mapping.Title = $"keyed-{row}";
        mapping.Priority = 0;
        mapping.Request = new RequestModel
        {
            Methods = ["POST"],
            Path = new PathModel { Matchers = [new MatcherModel { Name = "ExactMatcher", Pattern = path }] },
            Headers = [new HeaderModel { Name = "idempotency-key", Matchers = [new MatcherModel { Name = "ExactMatcher", Pattern = key }] }],
        };
        return mapping;
    }

    private static CreateWithdrawProposalRequest NewWithdrawal() => new()
    {
        TradeType = TradeType.ContractCross,
        CustomerGroupId = 1,
        AccountCurrency = "USD",
        Amount = 100m,
        WithdrawMethod = "bank",
    };

    private static AddCustomerRequest NewCustomer(string row) => new()
    {
        Phone = "13700000000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = Constants.Country,
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
        ThirdServerCode = $"fault-{row}",
    };

    private static void AssertOutcome(FaultOutcome expected, Exception? exception, int requests, TimeSpan elapsed)
    {
        Assert.NotNull(exception);
        Assert.IsType(expected.Exception, exception);
        Assert.Equal(expected.Requests, requests);
        Assert.True(elapsed < expected.Within, $"took {elapsed}, expected {expected}");
        AssertNoForeignTypes(exception);
    }

    private static void AssertNoForeignTypes(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            var ns = inner.GetType().Namespace ?? string.Empty;
            Assert.False(ns.StartsWith("Refit", StringComparison.Ordinal) || ns.StartsWith("Polly", StringComparison.Ordinal), $"{inner.GetType()} reached the caller");
        }
    }
}

using System.Diagnostics;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.ContractTests.Faults;

/// <summary>
/// The fault matrix of docs/resilience.md against a real server: every row for a read (page) and for an unsafe write
/// (register a customer), asserting the exception the caller sees, how many requests the server received, and an
/// upper bound on the time it took. No unsafe write is ever sent twice.
/// </summary>
public sealed class FaultMatrixTests(WireMockServer server) : ContractTest(server)
{
    private const string Page = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.page";
    private const string AddCustomer = "/openapi-b/customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";
    private const string Auth = "/openapi-b/auth/admin.admin.CompanyAuthDubboService.auth";

    /// <summary>Row, the exception a read ends with, how many requests the read makes, the bound on its time.</summary>
    public static TheoryData<string, Type, int, int> ReadRows => new()
    {
        { "reset", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "empty", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "malformed-chunk", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "random-data", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "delay", typeof(CmfblServiceUnavailableException), 4, 15 },
        { "http-429", typeof(CmfblRateLimitException), 4, 15 },
        { "http-418", typeof(CmfblRateLimitException), 1, 5 },
        { "http-500", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "http-502", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "http-503", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "html-page", typeof(CmfblProtocolException), 1, 5 },
        { "no-envelope", typeof(CmfblProtocolException), 1, 5 },
        { "gateway-018", typeof(CmfblRateLimitException), 4, 10 },
        { "gateway-902", typeof(CmfblServiceUnavailableException), 4, 10 },
        { "gateway-005", typeof(CmfblAuthenticationException), 2, 5 },
    };

    /// <summary>Row, the exception an unsafe write ends with, how many requests it makes, the bound on its time.</summary>
    public static TheoryData<string, Type, int, int> WriteRows => new()
    {
        { "reset", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "empty", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "malformed-chunk", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "random-data", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "delay", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "http-429", typeof(CmfblRateLimitException), 1, 5 },
        { "http-418", typeof(CmfblRateLimitException), 1, 5 },
        { "http-500", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "http-502", typeof(CmfblOutcomeUnknownException), 1, 5 },
        // 503 and 429/418/018 prove the write did not run; 500/502, 902 and an unreadable answer do not.
        { "http-503", typeof(CmfblServiceUnavailableException), 1, 5 },
        { "html-page", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "no-envelope", typeof(CmfblOutcomeUnknownException), 1, 5 },
        { "gateway-018", typeof(CmfblRateLimitException), 1, 5 },
        { "gateway-902", typeof(CmfblOutcomeUnknownException), 1, 5 },
        // Login expired: the gateway refused before the write ran, so the SDK renews the token and replays once.
        { "gateway-005", typeof(CmfblAuthenticationException), 2, 5 },
    };

    [Theory]
    [MemberData(nameof(ReadRows))]
    public async Task Read_Fault_EndsAsDocumented(string row, Type expected, int requests, int seconds)
    {
        var manager = Manager(Fast);
        var clock = Stopwatch.StartNew();

        var exception = await Record.ExceptionAsync(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = $"fault-{row}" }));

        Assert.IsType(expected, exception);
        Assert.Equal(requests, await Server.CountAsync(Page));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"{row} took {clock.Elapsed}");
        AssertNoForeignTypes(exception!);
    }

    [Theory]
    [MemberData(nameof(WriteRows))]
    public async Task UnsafeWrite_Fault_EndsAsDocumented_AndIsNeverDuplicated(string row, Type expected, int requests, int seconds)
    {
        var manager = Manager(Fast);
        var clock = Stopwatch.StartNew();

        var exception = await Record.ExceptionAsync(() => manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer(row)));

        Assert.IsType(expected, exception);
        Assert.Equal(requests, await Server.CountAsync(AddCustomer));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(seconds), $"{row} took {clock.Elapsed}");
        if (requests == 2)
        {
            // Only the login-expired row replays, and each attempt carried a different token.
            var tokens = (await Server.RequestsAsync(AddCustomer)).Select(r => r["headers"]!["token"]!.GetValue<string>()).ToArray();
            Assert.Equal([Constants.FirstToken, Constants.SecondToken], tokens);
            Assert.Equal(2, await Server.CountAsync(Auth));
        }

        AssertNoForeignTypes(exception!);
    }

    [Fact]
    public async Task Http418_BansTheFamily_SoTheNextCallIsNotSent()
    {
        var manager = Manager(Fast, new ObservedClock());
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest { CustomerNo = "fault-http-418" }));

        var second = await Assert.ThrowsAsync<CmfblRateLimitException>(() => manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(1, await Server.CountAsync(Page));
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
        Assert.Equal(1, await Server.CountAsync(Page)); // not retried before the wait is over
        clock.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => call.WaitAsync(Rendezvous.Bound));

        Assert.Equal(2, await Server.CountAsync(Page));
    }

    private static void Fast(CmfblOptions options)
    {
        options.Timeout = TimeSpan.FromSeconds(30);
        options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
        options.ManagerApi.Resilience.AttemptTimeout = TimeSpan.FromSeconds(1);
    }

    private static AddCustomerRequest NewCustomer(string row) => new()
    {
        Phone = "13700000000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = Constants.Country,
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
        ThirdServerCode = $"fault-{row}",
    };

    private static void AssertNoForeignTypes(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            var ns = inner.GetType().Namespace ?? string.Empty;
            Assert.False(ns.StartsWith("Refit", StringComparison.Ordinal) || ns.StartsWith("Polly", StringComparison.Ordinal), $"{inner.GetType()} reached the caller");
        }
    }
}

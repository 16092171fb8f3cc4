using System.Text.Json;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.ContractTests.Infrastructure;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Serialization.Internal;
using WireMock.Admin.Mappings;

namespace Cmfbl.Sdk.ContractTests.SpecExamples;

/// <summary>
/// Every generated operation under a fault that may have run (HTTP 502 after the request reached the server), called
/// through the SDK as a user calls it (one test case per operation, no code per operation): a read is retried and ends
/// in <see cref="CmfblServiceUnavailableException"/>; a keyed write is retried with one idempotency key on every
/// attempt; an unsafe write (or a call that carries a single-use code) is sent once and ends in
/// <see cref="CmfblOutcomeUnknownException"/> whose message says how to check that operation. Every write that takes
/// the caller's <c>idempotencyKey</c> (orders, deposits, withdrawals, transfers) is also called with a key: then it
/// is retried with that key. Every Client API operation is called as a customer (the session's token unless the
/// operation is a guest's) and, where a guest may call it, as a guest (never a token). docs/resilience.md.
/// </summary>
public sealed class OperationKindFaultTests(WireMockFixture server) : ContractTest(server)
{
    private const int Retries = 3;
    private const string CallersKey = "contract-key-0001";

    private static readonly JsonSerializerOptions Json = CmfblJsonResolver.Options;

    public static TheoryData<string> Operations => [.. SpecCatalog.Operations.Keys.Order(StringComparer.Ordinal)];

    public static TheoryData<string> OperationsTakingTheCallersKey => [.. SpecCatalog.Operations.Values
        .Where(static op => CallersKeyHeader(op) is not null)
        .Select(static op => op.Id)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_MayHaveRunFault_IsRetriedOrSentOnce_ByItsKind(string id)
    {
        var operation = SpecCatalog.Operations[id];

        var (exception, sent) = await CallUnderFaultAsync(operation, optionalHeaders: null, withoutSingleUseCodes: false);

        if (operation.IsSentOnce(sent[0].Body))
        {
            Assert.Single(sent);
            var unknown = Assert.IsType<CmfblOutcomeUnknownException>(exception);
            Assert.Equal("HTTP_502", unknown.Code);
            if (operation.Operation.OutcomeCheck is { } check)
            {
                Assert.Contains(check, unknown.Message, StringComparison.Ordinal);
            }

            return;
        }

        Assert.Equal(1 + Retries, sent.Count);
        if (operation.Operation.Kind == nameof(OperationKind.KeyedWrite))
        {
            Assert.IsType<CmfblOutcomeUnknownException>(exception);
            var key = sent[0].Headers.GetValueOrDefault("idempotency-key");
            Assert.False(string.IsNullOrEmpty(key), $"{id} is a keyed write, but its first attempt carried no idempotency-key");
            Assert.All(sent, attempt => Assert.Equal(key, attempt.Headers.GetValueOrDefault("idempotency-key")));
        }
        else
        {
            Assert.IsType<CmfblServiceUnavailableException>(exception);
            Assert.All(sent, attempt => Assert.False(attempt.Headers.ContainsKey("idempotency-key"), $"{id} is a read, but sent an idempotency-key"));
        }
    }

    [Theory]
    [MemberData(nameof(OperationsTakingTheCallersKey))]
    public async Task Write_WithTheCallersIdempotencyKey_IsRetriedWithThatKeyOnEveryAttempt(string id)
    {
        var operation = SpecCatalog.Operations[id];
        var header = CallersKeyHeader(operation)!;

        // Without its single-use codes (a withdrawal's googleCode): a call that carries one is sent once, key or not.
        var (exception, sent) = await CallUnderFaultAsync(operation, new Dictionary<string, string> { [header] = CallersKey }, withoutSingleUseCodes: true);

        Assert.IsType<CmfblOutcomeUnknownException>(exception);
        Assert.Equal(1 + Retries, sent.Count);
        Assert.All(sent, attempt => Assert.Equal(CallersKey, attempt.Headers.GetValueOrDefault(header)));
    }

    public static TheoryData<string> ClientOperations => [.. SpecCatalog.Operations.Values
        .Where(static op => op.Family == "Client")
        .Select(static op => op.Id)
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ClientOperations))]
    public async Task ClientOperation_TokenHeader_FollowsItsAuth_AsAGuestAndAsACustomer(string id)
    {
        var operation = SpecCatalog.Operations[id];

        // As a customer: the token, unless the operation is a guest's (the session does not offer a guest's own, a login).
        Assert.True(OperationInvoker.IsOnTheSession(operation) || operation.Auth == OperationAuth.Guest, $"{id} needs no guest, but a session does not offer it");
        var (_, asCustomer) = await CallUnderFaultAsync(operation, optionalHeaders: null, withoutSingleUseCodes: false, asCustomer: true);
        var expected = operation.Auth is OperationAuth.Token or OperationAuth.TokenWhenAvailable ? Constants.ClientToken : null;
        Assert.All(asCustomer, sent => Assert.Equal(OperationInvoker.IsOnTheSession(operation) ? expected : null, sent.Headers.GetValueOrDefault("token")));
        Assert.All(asCustomer, sent => Assert.Equal(Constants.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture), sent.Headers.GetValueOrDefault("companyId")));
        if (operation.Auth == OperationAuth.Token)
        {
            return; // a guest cannot call it: it is not on ClientApiServices (the compiler says so)
        }

        // As a guest: never a token, always the company.
        Server.Reset();
        var (_, asGuest) = await CallUnderFaultAsync(operation, optionalHeaders: null, withoutSingleUseCodes: false, asCustomer: false);
        Assert.All(asGuest, sent => Assert.False(sent.Headers.ContainsKey("token"), $"{id} sent a token as a guest"));
        Assert.All(asGuest, sent => Assert.True(sent.Headers.ContainsKey("companyId"), $"{id} sent no companyId as a guest"));
    }

    /// <summary>Unsafe writes of the trading and money services that take no key of the caller's, and why: they move no money.</summary>
    private static readonly Dictionary<string, string> UnsafeWritesWithoutACallersKey = new(StringComparer.Ordinal)
    {
        ["ICreditCardService"] = "The card's own state (apply, activate, lock, unlock, suspend, limit, PIN): no money moves, and the card's state shows whether it took.",
        ["ICreditCardMessageService"] = "Messages and notification settings of the card service.",
        ["INetPositionStrategyService"] = "A net-position strategy's settings, readable with its page.",
        ["IIndexFundOrderExecutionService"] = "An index fund's execution settings.",
    };

    [Fact]
    public void EveryUnsafeWriteThatMovesMoneyOrTrades_TakesTheCallersKey_AndOnlyThose()
    {
        string[] moneyAndTrading = ["Trading", "Funds", "IndexFunds", "CreditCards", "MarketMaking"];
        var unsafeWrites = SpecCatalog.Operations.Values
            .Where(static op => op.Family == "Client" && op.Operation.Kind == nameof(OperationKind.UnsafeWrite))
            .Where(op => moneyAndTrading.Contains(op.Service.Namespace!.Split('.')[^1]))
            .ToArray();

        Assert.All(unsafeWrites, op => Assert.True(
            CallersKeyHeader(op) is not null || UnsafeWritesWithoutACallersKey.ContainsKey(op.Service.Name),
            $"{op.Id} moves money or trades but takes no idempotencyKey: give its service writeHeaders (*orderKey or *moneyKey) in spec/overlay/client.yaml, or list it here with why"));
        Assert.All(unsafeWrites.Where(static op => CallersKeyHeader(op) is not null), op => Assert.DoesNotContain(op.Service.Name, UnsafeWritesWithoutACallersKey.Keys));
        Assert.All(SpecCatalog.Operations.Values.Where(static op => CallersKeyHeader(op) is not null),
            static op => Assert.Equal(nameof(OperationKind.UnsafeWrite), op.Operation.Kind));
        Assert.All(UnsafeWritesWithoutACallersKey.Keys, service => Assert.Contains(unsafeWrites, op => op.Service.Name == service));
    }

    /// <summary>The header of the caller's own idempotency key (the overlay's writeHeaders), or null when the operation takes none.</summary>
    private static string? CallersKeyHeader(SpecOperation operation) =>
        operation.Operation.Headers.FirstOrDefault(static h => h.Header == "idempotency-key" && h.Optional).Header;

    private async Task<(Exception? Exception, IReadOnlyList<ReceivedRequest> Sent)> CallUnderFaultAsync(
        SpecOperation operation, IReadOnlyDictionary<string, string>? optionalHeaders, bool withoutSingleUseCodes, bool asCustomer = false)
    {
        var (request, _, _) = RequestBuilder.Build(operation, Json);
        if (withoutSingleUseCodes && request is not null && operation.Operation.SingleUse.Count > 0)
        {
            var body = (JsonObject)JsonSerializer.SerializeToNode(request, request.GetType(), Json)!;
            operation.Operation.SingleUse.ToList().ForEach(field => body.Remove(field));
            request = body.Deserialize(request.GetType(), Json);
        }

        var sdk = Sdk(static options =>
        {
            foreach (var resilience in new[] { options.ManagerApi.Resilience, options.ClientApi.Resilience, options.Auth2.Resilience })
            {
                resilience.MaxRetryAttempts = Retries;
                resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            }

            options.ManagerApi.QuoteToken = Constants.QuoteToken;
        });
        var mapping = Server.Serve(BadGateway(operation));
        Exception? exception;
        try
        {
            exception = await Record.ExceptionAsync(() => OperationInvoker.CallAsync(operation, sdk, request, optionalHeaders, asCustomer));
        }
        finally
        {
            Server.Withdraw(mapping);
        }

        Assert.NotNull(exception);
        Assert.IsAssignableFrom<CmfblException>(exception);
        var sent = Server.Requests(operation.UrlPath, operation.Operation.Vendor.HttpMethod);
        Assert.NotEmpty(sent);
        return (exception, sent);
    }

    /// <summary>HTTP 502 with a proxy's page for any request to the operation's path: the request may have been forwarded.</summary>
    private static MappingModel BadGateway(SpecOperation operation) => new()
    {
        Title = $"{operation.Id} (502)",
        Description = "Operation kind fault test (SpecExamples/OperationKindFaultTests.cs), served for one test.",
        Priority = 0,
        Request = new RequestModel
        {
            Methods = [operation.Operation.Vendor.HttpMethod],
            Path = new PathModel { Matchers = [new MatcherModel { Name = "ExactMatcher", Pattern = operation.UrlPath }] },
        },
        Response = new ResponseModel
        {
            StatusCode = 502,
            Headers = new Dictionary<string, object> { ["Content-Type"] = "text/html" },
            Body = "<html><body><h1>502 Bad Gateway</h1></body></html>",
        },
    };
}

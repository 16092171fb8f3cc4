using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.Resilience;
using Cmfbl.Sdk.Resilience.Internal;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Timeout;

namespace Cmfbl.Sdk.Tests.Resilience;

/// <summary>
/// The family pipeline alone, with Polly's chaos strategies injecting the faults (no handler, no server):
/// which outcomes are retried, for which operation kinds.
/// </summary>
public sealed class ResiliencePipelineChaosTests
{
    public static TheoryData<string> TransientFaults => ["transport", "unavailable", "throttled", "attempt-timeout"];

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Read_TransientFault_IsRetriedUpToTheLimit(string fault)
    {
        var (attempts, outcome) = await RunAsync(OperationKind.Read, fault);

        Assert.Equal(4, attempts); // the first attempt and 3 retries
        Assert.IsType(Fault(fault)!.GetType(), outcome); // the last attempt's fault, not a success
    }

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task KeyedWrite_TransientFault_IsRetriedUpToTheLimit(string fault)
    {
        var (attempts, _) = await RunAsync(OperationKind.KeyedWrite, fault);

        Assert.Equal(4, attempts);
    }

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task UnsafeWrite_TransientFault_RunsOnce(string fault)
    {
        var (attempts, _) = await RunAsync(OperationKind.UnsafeWrite, fault);

        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData("business")]
    [InlineData("banned")]
    [InlineData("client-limit")]
    [InlineData("protocol")]
    public async Task Read_NonTransientFault_RunsOnce(string fault)
    {
        var (attempts, _) = await RunAsync(OperationKind.Read, fault);

        Assert.Equal(1, attempts);
    }

    private static async Task<(int Attempts, Exception? Outcome)> RunAsync(OperationKind kind, string fault)
    {
        var options = new CmfblResilienceOptions
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            AttemptTimeout = TimeSpan.FromMilliseconds(100),
            CircuitBreakerMinimumThroughput = 100,
        };
        var attempts = 0;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        ResiliencePipelines.Configure(builder, options, TimeProvider.System);
        builder.AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 1,
            FaultGenerator = _ => { Interlocked.Increment(ref attempts); return new ValueTask<Exception?>(Fault(fault)); },
        });
        var pipeline = builder.Build();

        using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.test/openapi-b/op");
        var context = ResilienceContextPool.Shared.Get();
        context.SetCall(new CallState(new OperationDescriptor("op", kind, OperationAuth.Token, ApiFamily.Manager), request));
        try
        {
            var outcome = await pipeline.ExecuteOutcomeAsync(
                static (_, _) => ValueTask.FromResult(Outcome.FromResult(new HttpResponseMessage())),
                context,
                state: 0);
            return (attempts, outcome.Exception);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static Exception? Fault(string fault)
    {
        var context = new CmfblErrorContext("op", "t", null);
        return fault switch
        {
            "transport" => new HttpRequestException(HttpRequestError.ResponseEnded, "reset"),
            "unavailable" => new CmfblServiceUnavailableException("503", context with { HttpStatus = System.Net.HttpStatusCode.ServiceUnavailable }),
            "throttled" => new CmfblRateLimitException("018", new CmfblApiError("GATEWAY_CODE_018", "G", "too fast", null), context, TimeSpan.FromMilliseconds(1)),
            "attempt-timeout" => new TimeoutRejectedException(),
            "business" => new CmfblApiException("biz", new CmfblApiError("CUSTOMER_API_0000106", "US", "phone exists", null), context),
            "banned" => new CmfblRateLimitException("418", new CmfblApiError("HTTP_418", null, "banned", null), context with { HttpStatus = (System.Net.HttpStatusCode)418 }, TimeSpan.FromMinutes(5)),
            "client-limit" => new CmfblRateLimitException("limit", new CmfblApiError(TransientFailures.ClientRateLimitCode, null, "limit", null), context, null),
            "protocol" => new CmfblProtocolException("html", context),
            _ => throw new ArgumentOutOfRangeException(nameof(fault)),
        };
    }
}

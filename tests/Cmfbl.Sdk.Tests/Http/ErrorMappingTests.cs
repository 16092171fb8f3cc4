using System.Net;
using System.Net.Http;
using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>Every way a call can fail reaches the caller as a typed SDK exception with its code and trace.</summary>
public sealed class ErrorMappingTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string AddCustomer = "customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc";

    private readonly SdkHarness _sdk = new(options =>
    {
        options.Timeout = TimeSpan.FromSeconds(5);
        options.ManagerApi.Resilience.MaxRetryAttempts = 0; // one attempt: these tests pin the mapping, ResilienceTests the retries
    });

    public void Dispose() => _sdk.Dispose();

    [Theory]
    [InlineData("GATEWAY_CODE_018", "G", typeof(CmfblRateLimitException))]
    [InlineData("CUSTOMER_API_0000106", "US", typeof(CmfblApiException))]
    [InlineData("CUSTOMER_API_0000102", "US", typeof(CmfblAuthenticationException))]
    [InlineData("GATEWAY_CODE_101", "G", typeof(CmfblAuthenticationException))]
    [InlineData("SOMETHING_NEW", "X", typeof(CmfblApiException))]
    public async Task ErrorEnvelope_MapsToExceptionType_WithCodeBizCodeMsgAndTrace(string code, string bizCode, Type expected)
    {
        _sdk.Stub.OnJson(Page, Envelope.Error(code, bizCode, msg: "vendor says no", data: $"\"{Page}\"", trace: "trace-from-server"));

        var exception = await Assert.ThrowsAnyAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.IsType(expected, exception);
        Assert.Equal(code, exception.Code);
        Assert.Equal(bizCode, exception.BizCode);
        Assert.Equal("vendor says no", exception.Msg);
        Assert.Equal("trace-from-server", exception.Trace);
        Assert.Equal(Page, exception.BizType);
        Assert.Equal(HttpStatusCode.OK, exception.HttpStatus);
        Assert.Contains(code, exception.Message, StringComparison.Ordinal);
        Assert.Contains("trace-from-server", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("G500")]
    [InlineData("GATEWAY_CODE_011")]
    [InlineData("GATEWAY_CODE_012")]
    [InlineData("GATEWAY_CODE_902")]
    [InlineData("E00003")]
    public async Task UnavailableEnvelope_MapsToServiceUnavailable_WithCode(string code)
    {
        _sdk.Stub.OnJson(Page, Envelope.Error(code));

        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(code, exception.Code);
        Assert.Equal("t-echo", exception.Trace);
    }

    [Fact]
    public async Task EnvelopeWithEmptyTrace_KeepsTheTraceTheSdkSent()
    {
        _sdk.Stub.OnJson(Page, Envelope.Error("CUSTOMER_API_0000106", trace: ""));

        var exception = await Assert.ThrowsAnyAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(_sdk.Stub.RequestsTo(Page).Single().Header("trace"), exception.Trace);
    }

    [Fact]
    public async Task SuccessCodeAsNumber_IsSuccess()
    {
        _sdk.Stub.OnJson(Page, """{"code":0,"data":{"current":1,"size":20,"total":0,"records":[]},"msg":"Success"}""");

        var page = await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Empty(page.Records);
    }

    [Fact]
    public async Task Http429_MapsToRateLimit_WithRetryAfter()
    {
        _sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429) { Content = new StringContent("Too Many Requests") };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return response;
        });

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
        Assert.Equal((HttpStatusCode)429, exception.HttpStatus);
        Assert.Equal("HTTP_429", exception.Code);
    }

    [Theory]
    [InlineData("x-ratelimit-remaining")]
    [InlineData("x-ratelimit-remairing")]
    public async Task Http429_ReadsTheRemainingCount_InBothSpellings(string header)
    {
        _sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)429);
            response.Headers.TryAddWithoutValidation("x-ratelimit-limit", "300");
            response.Headers.TryAddWithoutValidation(header, "0");
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "60");
            return response;
        });

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(0, exception.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(60), exception.RetryAfter);
    }

    [Fact]
    public async Task Http418_MapsToRateLimit_WithRateLimitResetHeader()
    {
        _sdk.Stub.On(Page, _ =>
        {
            var response = new HttpResponseMessage((HttpStatusCode)418);
            response.Headers.TryAddWithoutValidation("x-ratelimit-reset", "300");
            return response;
        });

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(TimeSpan.FromMinutes(5), exception.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Http5xxWithHtml_MapsToServiceUnavailable(int status)
    {
        _sdk.Stub.On(Page, _ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent("<html><body>Bad gateway</body></html>", Encoding.UTF8, "text/html") });

        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal((HttpStatusCode)status, exception.HttpStatus);
    }

    [Fact]
    public async Task Http404_MapsToApiException_WithHttpCode()
    {
        _sdk.Stub.On(Page, _ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var exception = await Assert.ThrowsAsync<CmfblApiException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal("HTTP_404", exception.Code);
    }

    [Theory]
    [InlineData("<html><body>Maintenance</body></html>", "HTML")]
    [InlineData("""{"hello":"world"}""", "without the gateway envelope")]
    [InlineData("""{"code":"0","data":{"current":1,"records":[""", "cut short")]
    [InlineData("", "empty")]
    [InlineData("not json at all", "not JSON")]
    [InlineData("""{"code":"0","data":{"current":1,"records":[{"id":1},,]}}""", "could not be read")]
    [InlineData("""{"code":"0","data":{"current":1,"records":[{"id":1}}]}}""", "could not be read")]
    public async Task UnreadableAnswer_MapsToProtocolException(string body, string described)
    {
        _sdk.Stub.On(Page, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });

        var exception = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains(described, exception.Message, StringComparison.Ordinal);
        Assert.Equal(Page, exception.BizType);
        Assert.Equal(_sdk.Stub.RequestsTo(Page).Single().Header("trace"), exception.Trace); // the answer has none: the one the SDK sent
    }

    [Theory]
    [InlineData("\"a string where a page belongs\"")]
    [InlineData("""{"current":1,"records":"not a list"}""")] // read in the envelope's pass: the error names the path
    [InlineData("""{"current":"first","records":[]}""")]
    [InlineData("""[{"current":1}]""")]
    public async Task DataOfTheWrongShape_MapsToProtocolException_NotJsonException(string data)
    {
        _sdk.Stub.OnData(Page, data);

        var exception = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(Page, exception.BizType);
        Assert.Contains("documented shape", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectionFailure_OnARead_MapsToServiceUnavailable()
    {
        _sdk.Stub.On(Page, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var exception = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal(Page, exception.BizType);
        Assert.Null(exception.HttpStatus);
    }

    [Fact]
    public async Task ConnectionLostAfterSending_AnUnsafeWrite_MapsToOutcomeUnknown()
    {
        _sdk.Stub.On(AddCustomer, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        Assert.Contains("checkCustomerExist", exception.Message, StringComparison.Ordinal); // says how to check
        Assert.Contains("not retried", exception.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(AddCustomer));
    }

    [Fact]
    public async Task ConnectionRefused_AnUnsafeWrite_MapsToServiceUnavailable_BecauseNothingWasSent()
    {
        _sdk.Stub.On(AddCustomer, _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));
    }

    [Fact]
    public async Task Timeout_OnARead_MapsToServiceUnavailable_AndOnAnUnsafeWrite_ToOutcomeUnknown()
    {
        var clock = new ObservedClock();
        using var sdk = new SdkHarness(options => { options.Timeout = TimeSpan.FromSeconds(3); options.ManagerApi.Resilience.MaxRetryAttempts = 0; }, timeProvider: clock);
        var arrived = new SemaphoreSlim(0);
        async Task<HttpResponseMessage> NoAnswer(CancellationToken ct)
        {
            arrived.Release();
            await Task.Delay(Rendezvous.Bound, ct); // no answer until the call's time limit cancels it
            return StubHandler.Json("{}");
        }

        sdk.Stub.OnAsync(Page, (_, ct) => NoAnswer(ct));
        sdk.Stub.OnAsync(AddCustomer, (_, ct) => NoAnswer(ct));

        var readCall = sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());
        Assert.True(await arrived.WaitAsync(Rendezvous.Bound));
        clock.Advance(TimeSpan.FromSeconds(3)); // the call's time limit passes
        var read = await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => readCall.WaitAsync(Rendezvous.Bound));
        var writeCall = sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer());
        Assert.True(await arrived.WaitAsync(Rendezvous.Bound));
        clock.Advance(TimeSpan.FromSeconds(3));
        var write = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => writeCall.WaitAsync(Rendezvous.Bound));

        Assert.Contains("timed out", read.Message, StringComparison.Ordinal);
        Assert.Contains("timed out", write.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerCancellation_StaysOperationCanceled()
    {
        var started = new TaskCompletionSource();
        _sdk.Stub.OnAsync(Page, async (_, ct) => { started.SetResult(); await Task.Delay(TimeSpan.FromSeconds(30), ct); return StubHandler.Json("{}"); });
        using var cancellation = new CancellationTokenSource();

        var call = _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest(), cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task ExceptionMessages_NeverContainSecrets()
    {
        _sdk.Stub.OnJson(Page, Envelope.Error("GATEWAY_CODE_019"));
        _sdk.Stub.OnJson(AddCustomer, Envelope.Error("CUSTOMER_API_0000106", "US"));

        var read = await Assert.ThrowsAnyAsync<CmfblException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        var write = await Assert.ThrowsAnyAsync<CmfblException>(() => _sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(NewCustomer()));

        foreach (var text in new[] { read.ToString(), write.ToString() })
        {
            Assert.DoesNotContain("app-secret-value", text, StringComparison.Ordinal);
            Assert.DoesNotContain("token-1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("dc483e80a7a0bd9ef71d8cf973673924", text, StringComparison.Ordinal);
        }
    }

    private static AddCustomerRequest NewCustomer() => new()
    {
        Phone = "13800138000",
        Password = Md5Password.FromPlainText("a123456"),
        Country = "CN",
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
    };
}

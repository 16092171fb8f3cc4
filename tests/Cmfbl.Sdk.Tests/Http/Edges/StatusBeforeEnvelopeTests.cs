using System.Net;
using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>A throttling status wins over whatever envelope the body carries.</summary>
public sealed class StatusBeforeEnvelopeTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);

    public void Dispose() => _sdk.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("CUSTOMER_API_0000106")]
    [InlineData("GATEWAY_CODE_902")]
    public async Task Http418_WithAnEnvelope_BansTheFamily(string code)
    {
        _sdk.Stub.On(Page, _ => Answer((HttpStatusCode)418, code, ("Retry-After", "120")));

        var first = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
        var second = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal((HttpStatusCode)418, first.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(120), first.RetryAfter);
        Assert.Contains("ban", second.Message, StringComparison.Ordinal);
        Assert.Single(_sdk.Stub.RequestsTo(Page)); // the second call was not sent
    }

    [Theory]
    [InlineData("0")]
    [InlineData("GATEWAY_CODE_012")]
    public async Task Http429_WithAnEnvelope_IsRateLimited_WithTheHeaders(string code)
    {
        _sdk.Stub.On(Page, _ => Answer((HttpStatusCode)429, code, ("x-ratelimit-reset", "7"), ("x-ratelimit-remairing", "0")));

        var exception = await Assert.ThrowsAsync<CmfblRateLimitException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Equal((HttpStatusCode)429, exception.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(7), exception.RetryAfter);
        Assert.Equal(0, exception.RemainingRequests);
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string code, params (string Name, string Value)[] headers)
    {
        var body = code == "0" ? Envelope.Success("""{"records":[]}""") : Envelope.Error(code);
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}

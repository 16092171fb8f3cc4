using System.Text.Json;
using System.Net;
using System.Text;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Http.Internal;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http;

/// <summary>
/// When <c>code</c> "0" comes before a model <c>data</c>, the envelope reader stops there and the model is read once,
/// straight from the answer; every other order is read whole, in two steps, to the same result.
/// </summary>
public sealed class EnvelopeReaderTests : IDisposable
{
    private const string Page = "customer.admin.WhiteCustomerAdminApiService.page";
    private const string PageData = """{"current":2,"size":1,"total":3,"records":[{"id":7,"customerNo":"86000007"}]}""";

    private readonly SdkHarness _sdk = new(options => options.ManagerApi.Resilience.MaxRetryAttempts = 0);

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public void TryRead_SuccessCodeBeforeModelData_StopsAtTheData()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"code":"0","data":{{PageData}},"trace":"t-1"}""");

        Assert.True(EnvelopeReader.TryRead(body, stopAtModelData: JsonTokenType.StartObject, out var envelope, out var modelData));

        Assert.NotNull(modelData);
        Assert.StartsWith(PageData, Encoding.UTF8.GetString(body.AsSpan(envelope.Data.Start, envelope.Data.Length)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"data":DATA,"code":"0"}""")] // code after data: the data is located, then read as the model
    [InlineData("""{"code":"E00003","data":DATA}""")] // an error: data is never read as the model
    public void TryRead_WhenTheCodeIsNotYetKnownSuccess_ReadsTheWholeEnvelope(string template)
    {
        var body = Encoding.UTF8.GetBytes(template.Replace("DATA", PageData, StringComparison.Ordinal));

        Assert.True(EnvelopeReader.TryRead(body, stopAtModelData: JsonTokenType.StartObject, out var envelope, out var modelData));

        Assert.Null(modelData);
        Assert.Equal(PageData, Encoding.UTF8.GetString(body.AsSpan(envelope.Data.Start, envelope.Data.Length)));
    }

    [Theory]
    [InlineData("""{"code":"0","msg":"Success","data":DATA,"trace":"t-3"}""")] // one pass
    [InlineData("""{"data":DATA,"msg":"Success","code":"0","trace":"t-3"}""")] // two steps
    [InlineData("""{"code":0,"data":DATA}""")]
    public async Task PageAsync_ReadsThePage_WhereverTheCodeIs(string template)
    {
        _sdk.Stub.OnJson(Page, template.Replace("DATA", PageData, StringComparison.Ordinal));

        var page = await _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());

        Assert.Equal(2, page.Current);
        Assert.Equal(3, page.Total);
        Assert.Equal("86000007", Assert.Single(page.Records).CustomerNo);
    }

    // Wrong shapes and malformed data are pinned by ErrorMappingTests; these are the cuts the one-pass read must catch.
    [Theory]
    [InlineData("""{"code":"0","data":{"current":1,"records":[{"id":1}""", "cut short")]
    [InlineData("""{"code":"0","data":{"current":1,"records":[]},"msg":"Succ""", "cut short")]
    public async Task PageAsync_ModelReadInOnePass_FailsAsAProtocolError(string body, string described)
    {
        _sdk.Stub.OnJson(Page, body);

        var exception = await Assert.ThrowsAsync<CmfblProtocolException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));

        Assert.Contains(described, exception.Message, StringComparison.Ordinal);
        Assert.Equal(Page, exception.BizType);
        Assert.Equal(_sdk.Stub.RequestsTo(Page).Single().Header("trace"), exception.Trace); // a cut answer has none: the one the SDK sent
    }

    [Fact]
    public async Task PageAsync_Http500WithASuccessEnvelope_IsNotReadAsAPage()
    {
        _sdk.Stub.OnJson(Page, TestSupport.Envelope.Success(PageData), HttpStatusCode.InternalServerError);

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => _sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()));
    }
}

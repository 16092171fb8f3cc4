using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.ClientApi.CreditCards;

/// <summary>The hand-written multipart upload goes through the same pipeline as every generated call.</summary>
public sealed class CreditCardFileUploadTests : IDisposable
{
    private const string Upload = "passToCreditUpload";

    private readonly SdkHarness _sdk = new(options => options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1), withAuth: false);

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task Upload_SendsTheFileAndThePhoneAsMultipart_WithTheCustomersToken()
    {
        _sdk.Stub.On(Upload, _ => StubHandler.Json(Envelope.Success("\"https://files.example/1.jpg\"")));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");
        using var file = new MemoryStream("JPEG-BYTES"u8.ToArray());

        var answer = await session.CreditCardFiles.UploadAsync(file, "passport.jpg", "+8613800138000");

        Assert.Equal("https://files.example/1.jpg", answer);
        var sent = Assert.Single(_sdk.Stub.RequestsTo(Upload));
        Assert.Equal("tok-1", sent.Header("token"));
        Assert.StartsWith("multipart/form-data", sent.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Matches("name=\"?object\"?; filename=\"?passport.jpg", sent.Body);
        Assert.Contains("JPEG-BYTES", sent.Body, StringComparison.Ordinal);
        Assert.Matches("name=\"?userPhone\"?", sent.Body);
        Assert.Contains("+8613800138000", sent.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LostAnswer_IsSentOnce_AndTheOutcomeIsUnknown()
    {
        _sdk.Stub.On(Upload, _ => throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");
        using var file = new MemoryStream([1, 2, 3]);

        await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.CreditCardFiles.UploadAsync(file, "a.png", "+100"));

        Assert.Single(_sdk.Stub.RequestsTo(Upload));
    }

    [Fact]
    public async Task Upload_WithoutAPhone_IsRefusedBeforeSending()
    {
        using var session = _sdk.Client.Sessions.FromToken("tok-1");
        using var file = new MemoryStream([1]);

        var exception = await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.CreditCardFiles.UploadAsync(file, "a.png", " "));

        Assert.Equal("userPhone", exception.ParameterName);
        Assert.Empty(_sdk.Stub.RequestsTo(Upload));
    }
}

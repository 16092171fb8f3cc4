using System.Net;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Edges;

/// <summary>
/// A keyed write is retried with the same idempotency key; once an attempt may have taken effect, no later failure
/// of the same call is reported as "did not take effect".
/// </summary>
public sealed class KeyedWriteOutcomeTests : IDisposable
{
    private const string ChangeLang = "customer.app.CustomerWebApiService.changeLang";

    private readonly SdkHarness _sdk = new(options => options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1), withAuth: false);

    public void Dispose() => _sdk.Dispose();

    [Fact]
    public async Task KeyedWrite_LostAnswerThen503_IsOutcomeUnknown_WithTheSameKeyOnEveryAttempt()
    {
        var attempts = 0;
        _sdk.Stub.On(ChangeLang, _ => Interlocked.Increment(ref attempts) == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        var exception = await Assert.ThrowsAsync<CmfblOutcomeUnknownException>(() => session.CustomerWeb.ChangeLangAsync(new ChangeLangRequest { NewLang = "en-US" }));

        var sent = _sdk.Stub.RequestsTo(ChangeLang).ToArray();
        Assert.Equal(4, sent.Length);
        Assert.Single(sent.Select(r => r.Header("idempotency-key")).Distinct());
        Assert.Contains("earlier attempt", exception.Message, StringComparison.Ordinal);
        Assert.Contains("same idempotency key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyedWrite_OnlyRefusalsBeforeForwarding_IsServiceUnavailable()
    {
        _sdk.Stub.On(ChangeLang, _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await Assert.ThrowsAsync<CmfblServiceUnavailableException>(() => session.CustomerWeb.ChangeLangAsync(new ChangeLangRequest { NewLang = "en-US" }));

        Assert.Equal(4, _sdk.Stub.RequestsTo(ChangeLang).Count());
    }

    [Fact]
    public async Task KeyedWrite_902_IsRetriedWithTheSameKey_AndSucceeds()
    {
        var attempts = 0;
        _sdk.Stub.On(ChangeLang, _ => StubHandler.Json(Interlocked.Increment(ref attempts) == 1 ? Envelope.Error("GATEWAY_CODE_902") : Envelope.Success("null")));
        using var session = _sdk.Client.Sessions.FromToken("tok-1");

        await session.CustomerWeb.ChangeLangAsync(new ChangeLangRequest { NewLang = "en-US" });

        var sent = _sdk.Stub.RequestsTo(ChangeLang).ToArray();
        Assert.Equal(2, sent.Length);
        Assert.Equal(sent[0].Header("idempotency-key"), sent[1].Header("idempotency-key"));
    }
}

using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Cmfbl.Sdk.ClientApi.Customers.Models;
using Cmfbl.Sdk.ClientApi.Internal;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Internal;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Cmfbl.Sdk.Tests.OpenApi;

/// <summary>An Open API session: the Client API's calls at /openapi-c/, signed once per attempt over the exact body, no token.</summary>
public sealed class OpenApiSessionTests
{
    private const string ApiKey = "47b471e57c394e8fbc18535805e04016";
    private const string FindInfo = "customer.app.CustomerWebApiService.findCustomerInfo";
    private const string CheckExist = "customer.app.CustomerWebApiService.checkCustomerExist";

    [Fact]
    public void OpenApiTable_HoldsEveryGeneratedClientOperation_AsTheOpenApiFamily()
    {
        // Built from the generated Client catalog: a service the overlay adds works in an Open API session with no code of its own.
        var client = OperationTables.All(ClientOperations.ClientTable()).Where(static o => o.BizType != "logout").Select(Key).Order();
        var openApi = OperationTables.All(ClientOperations.OpenApiTable());

        Assert.Equal(client, openApi.Select(Key).Order());
        Assert.Contains("customer.app.CustomerApiWebService.applyApi#0.0.1", openApi.Select(Key));
        Assert.All(openApi, static o => Assert.Equal(Sdk.Http.Internal.ApiFamily.OpenApi, o.Family));
    }

    private static string Key(Sdk.Http.Internal.OperationDescriptor operation) => $"{operation.BizType}#{operation.Version}";

    [Fact]
    public async Task FromApiKey_Call_IsSignedOverTheBodySentWithNoToken()
    {
        using var sdk = new SdkHarness(options => options.OpenApi.RecvWindow = TimeSpan.FromSeconds(5));
        sdk.Stub.OnData(CheckExist, "1");
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        await session.CustomerWeb.CheckCustomerExistAsync(new() { Type = Cmfbl.Sdk.Models.LoginNameType.Email, LoginName = "a\"b@example.com" });

        var request = Assert.Single(sdk.Stub.Requests);
        Assert.Equal("/openapi-c/global/" + CheckExist, request.Path);
        Assert.Equal(ApiKey, request.Header("apiKey"));
        Assert.Equal("5000", request.Header("recvWindow"));
        Assert.Null(request.Header("token"));
        Assert.Equal("439", request.Header("companyId"));
        Assert.True(Verify(request), "the signature verifies over the body bytes the stub received");
        Assert.Equal(ApiKey, session.ApiKey);
    }

    [Fact]
    public async Task FromApiKey_EachAttempt_IsSignedAgainWithItsOwnTimestamp()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));
        using var sdk = new SdkHarness(options => options.OpenApi.Resilience.RetryBaseDelay = TimeSpan.Zero, timeProvider: clock);
        var attempts = 0;
        sdk.Stub.On(FindInfo, _ =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return Interlocked.Increment(ref attempts) == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : StubHandler.Json(Envelope.Success("""{"customerNo":"86000001"}"""));
        });
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        var profile = await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal("86000001", profile.CustomerNo);
        var requests = sdk.Stub.RequestsTo(FindInfo).ToArray();
        Assert.Equal(2, requests.Length);
        Assert.NotEqual(requests[0].Header("timestamp"), requests[1].Header("timestamp"));
        Assert.NotEqual(requests[0].Header("signature"), requests[1].Header("signature"));
        Assert.All(requests, request => Assert.True(Verify(request)));
        Assert.Equal(requests[0].Header("trace"), requests[1].Header("trace"));
    }

    [Fact]
    public async Task OutsideTimeWindow_SynchronisesWithTheServerClock_AndSendsOnceMoreSignedWithServerTime()
    {
        var local = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(local);
        var serverAhead = TimeSpan.FromMinutes(3);
        using var sdk = new SdkHarness(timeProvider: clock);
        sdk.Stub.OnData("now", (local + serverAhead).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        sdk.Stub.On(FindInfo, request => long.Parse(request.Header("timestamp")!, CultureInfo.InvariantCulture) < (local + serverAhead - TimeSpan.FromSeconds(5)).ToUnixTimeMilliseconds()
            ? StubHandler.Json(Envelope.Error(CmfblErrorCodes.OpenApiOutsideTimeWindow, msg: "request has exceeded the time window"))
            : StubHandler.Json(Envelope.Success("""{"customerNo":"86000001"}""")));
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);
        var serverClock = sdk.Get<IServerClock>();

        await session.CustomerWeb.FindCustomerInfoAsync();
        await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal(serverAhead, serverClock.Offset);
        Assert.NotNull(serverClock.LastSynchronized);
        var now = Assert.Single(sdk.Stub.RequestsTo("now"));
        Assert.Equal("/api/thirdExt/now", now.Path);
        var calls = sdk.Stub.RequestsTo(FindInfo).ToArray();
        Assert.Equal(3, calls.Length); // refused, re-signed, then the next call signed with server time from the start
        Assert.Equal((local + serverAhead).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), calls[2].Header("timestamp"));
        Assert.All(calls, request => Assert.True(Verify(request)));
    }

    [Fact]
    public async Task OutsideTimeWindow_AgainAfterSynchronising_FailsWithWhatToFix()
    {
        using var sdk = new SdkHarness();
        sdk.Stub.OnData("now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        sdk.Stub.OnJson(FindInfo, Envelope.Error(CmfblErrorCodes.OpenApiOutsideTimeWindow, msg: "request has exceeded the time window"));
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        var error = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => session.CustomerWeb.FindCustomerInfoAsync());

        Assert.Equal(CmfblErrorCodes.OpenApiOutsideTimeWindow, error.Code);
        Assert.Contains("clock", error.Message, StringComparison.Ordinal);
        Assert.Contains("RecvWindow", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, sdk.Stub.RequestsTo(FindInfo).Count());
        Assert.Single(sdk.Stub.RequestsTo("now"));
    }

    [Theory]
    [InlineData(CmfblErrorCodes.OpenApiSignatureInvalid, typeof(CmfblAuthenticationException), "private key")]
    [InlineData(CmfblErrorCodes.OpenApiKeyNotFound, typeof(CmfblAuthenticationException), "does not exist")]
    [InlineData(CmfblErrorCodes.OpenApiPermissionDenied, typeof(CmfblAuthenticationException), "EditApiPermissionAsync")]
    [InlineData(CmfblErrorCodes.OpenApiTooManyRequests, typeof(CmfblRateLimitException), "Too many requests")]
    [InlineData(CmfblErrorCodes.OpenApiKeyExpired, typeof(CmfblAuthenticationException), "expired")]
    [InlineData(CmfblErrorCodes.OpenApiIpNotAllowed, typeof(CmfblAuthenticationException), "whiteIps")]
    public async Task AuthLayerCode_BecomesATypedErrorSayingWhatToFix(string code, Type expected, string advice)
    {
        using var sdk = new SdkHarness(options => options.OpenApi.Resilience.MaxRetryAttempts = 0);
        sdk.Stub.OnJson(FindInfo, Envelope.Error(code, msg: "refused"));
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        var error = await Assert.ThrowsAnyAsync<CmfblApiException>(() => session.CustomerWeb.FindCustomerInfoAsync());

        Assert.IsType(expected, error);
        Assert.Equal(code, error.Code);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
        Assert.Single(sdk.Stub.RequestsTo(FindInfo));
    }

    [Fact]
    public async Task LogoutAsync_OpenApiSession_SendsNothingAndLaterCallsFailUnsent()
    {
        using var sdk = new SdkHarness();
        using var session = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);

        await session.LogoutAsync();

        Assert.True(session.IsLoggedOut);
        await Assert.ThrowsAsync<CmfblInvalidRequestException>(() => session.CustomerWeb.FindCustomerInfoAsync());
        Assert.Empty(sdk.Stub.Requests);
    }

    [Fact]
    public void FromConfiguredApiKey_NoneConfigured_SaysWhichSettings()
    {
        using var sdk = new SdkHarness();

        var error = Assert.Throws<CmfblInvalidRequestException>(() => sdk.Client.Sessions.FromConfiguredApiKey());

        Assert.Contains("Cmfbl:OpenApi:PrivateKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromConfiguredApiKey_UsesTheConfiguredKey()
    {
        using var sdk = new SdkHarness(options =>
        {
            options.OpenApi.ApiKey = ApiKey;
            options.OpenApi.PrivateKey = SigningVectors.PrivateKey;
        });
        sdk.Stub.OnData(FindInfo, """{"customerNo":"86000001"}""");
        using var session = sdk.Client.Sessions.FromConfiguredApiKey();

        await session.CustomerWeb.FindCustomerInfoAsync();

        Assert.True(Verify(Assert.Single(sdk.Stub.Requests)));
    }

    [Fact]
    public async Task FromApiKey_CustomSigner_SignsEveryAttemptWithWhatItWasGiven()
    {
        var signer = new RecordingSigner();
        using var sdk = new SdkHarness();
        sdk.Stub.OnData(FindInfo, """{"customerNo":"86000001"}""");
        using var key = ApiKeyCredential.FromSigner(ApiKey, signer);
        using var session = sdk.Client.Sessions.FromApiKey(key);

        await session.CustomerWeb.FindCustomerInfoAsync();

        var request = Assert.Single(sdk.Stub.Requests);
        Assert.Equal("signed-by-vault", request.Header("signature"));
        var input = Assert.Single(signer.Inputs);
        Assert.Equal(FindInfo, input.BizType);
        Assert.Equal(request.Header("timestamp"), input.Timestamp);
        Assert.Equal(request.Body, Encoding.UTF8.GetString(input.Body.Span));
    }

    [Fact]
    public async Task RateLimiter_DefaultIsPerApiKey_AndAReplacementIsAskedPerKey()
    {
        var keysAsked = new List<string>();
        using var sdk = new SdkHarness(sdk: builder => builder.UseOpenApiRateLimiter((_, key) =>
        {
            keysAsked.Add(key);
            return new System.Threading.RateLimiting.ConcurrencyLimiter(new() { PermitLimit = 10, QueueLimit = 0 });
        }));
        sdk.Stub.OnData(FindInfo, """{"customerNo":"86000001"}""");
        using var first = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);
        using var second = sdk.Client.Sessions.FromApiKey("ffffffffffffffffffffffffffffffff", SigningVectors.PrivateKey);

        await first.CustomerWeb.FindCustomerInfoAsync();
        await second.CustomerWeb.FindCustomerInfoAsync();
        await first.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal([ApiKey, "ffffffffffffffffffffffffffffffff"], keysAsked);
    }

    [Fact]
    public async Task RateLimiter_BuiltIn_RefusesTheCallOverTheKeysBudgetUnsent()
    {
        using var sdk = new SdkHarness(options =>
        {
            options.OpenApi.Resilience.PermitsPerMinute = 2;
            options.OpenApi.Resilience.MaxRetryAttempts = 0;
        });
        sdk.Stub.OnData(FindInfo, """{"customerNo":"86000001"}""");
        using var first = sdk.Client.Sessions.FromApiKey(ApiKey, SigningVectors.PrivateKey);
        using var other = sdk.Client.Sessions.FromApiKey("ffffffffffffffffffffffffffffffff", SigningVectors.PrivateKey);

        await first.CustomerWeb.FindCustomerInfoAsync();
        await first.CustomerWeb.FindCustomerInfoAsync();
        await Assert.ThrowsAsync<CmfblRateLimitException>(() => first.CustomerWeb.FindCustomerInfoAsync());
        await other.CustomerWeb.FindCustomerInfoAsync(); // another key has its own budget

        Assert.Equal(3, sdk.Stub.RequestsTo(FindInfo).Count());
    }

    /// <summary>Verifies a recorded request's signature as the gateway would: canonical string of the received body + the timestamp header, with the key's public key.</summary>
    internal static bool Verify(RecordedRequest request, string? publicKey = null)
    {
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKey ?? SigningVectors.PublicKey), out _);
        var toSign = OpenApiCanonicalizer.StringToSign(Encoding.UTF8.GetBytes(request.Body), request.Header("timestamp"));
        return rsa.VerifyData(Encoding.UTF8.GetBytes(toSign), Convert.FromBase64String(request.Header("signature")!), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    private sealed class RecordingSigner : IRequestSigner
    {
        public List<RequestSigningInput> Inputs { get; } = [];

        public string Sign(RequestSigningInput input)
        {
            Inputs.Add(input);
            return "signed-by-vault";
        }
    }
}

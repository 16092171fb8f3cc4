using System.Net;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Security;

/// <summary>Body encryption as a family option: off by default; on, every attempt sends the body signed and encrypted for its own timestamp, with an x- trace.</summary>
public sealed class BodyEncryptionPipelineTests
{
    private const string CheckExist = "customer.app.CustomerWebApiService.checkCustomerExist";

    [Fact]
    public async Task Default_SendsPlainJsonAndAnOrdinaryTrace()
    {
        using var sdk = new SdkHarness();
        sdk.Stub.OnData(CheckExist, "1");

        await sdk.Client.CustomerWeb.CheckCustomerExistAsync(new() { Type = Cmfbl.Sdk.Models.LoginNameType.Email, LoginName = "a@example.com" });

        var request = Assert.Single(sdk.Stub.Requests);
        Assert.StartsWith("{\"loginName\"", request.Body.Replace("{\"type\"", "{\"loginName\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(request.Header("trace")!.StartsWith("x-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Enabled_EachAttemptSendsTheBodyEncrypted_AndItDecryptsToTheOriginal()
    {
        using var sdk = new SdkHarness(options =>
        {
            options.ClientApi.BodyEncryption.Enabled = true;
            options.ClientApi.BodyEncryption.PublicKey = SigningVectors.PublicKey;
            options.ClientApi.Resilience.RetryBaseDelay = TimeSpan.Zero;
        });
        var attempts = 0;
        sdk.Stub.On(CheckExist, _ => Interlocked.Increment(ref attempts) == 1
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : StubHandler.Json(Envelope.Success("1")));
        using var privateKey = SigningVectors.ImportPrivate();

        await sdk.Client.CustomerWeb.CheckCustomerExistAsync(new() { Type = Cmfbl.Sdk.Models.LoginNameType.Email, LoginName = "a@example.com" });

        var requests = sdk.Stub.RequestsTo(CheckExist).ToArray();
        Assert.Equal(2, requests.Length);
        foreach (var request in requests)
        {
            Assert.StartsWith("x-", request.Header("trace"), StringComparison.Ordinal);
            var sent = JsonNode.Parse(request.Body)!.AsObject();
            Assert.Single(sent);
            var body = CompanyBodyCipher.Decrypt(sent["data"]!.GetValue<string>(), privateKey);
            Assert.Equal("a@example.com", body["loginName"]!.GetValue<string>());
            Assert.Equal(request.Header("timestamp"), body["timestamp"]!.ToJsonString());
            Assert.True(CompanyBodyCipher.HasValidSignature(body, request.Header("timestamp")!));
        }
    }
}

using System.Net;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cmfbl.Sdk.Tests.Diagnostics;

/// <summary>
/// A whole flow at Trace level (auth, register with a password, a Client login, an error, a retry): no secret appears
/// in any log line, exception message, or ToString() of the options, requests and models involved.
/// </summary>
public sealed class SecretSafetyTests
{
    private const string AppSecret = "app-secret-value";
    private const string PlainPassword = "PlainPass#2026";
    private const string VerifyCode = "739104";
    private const string GoogleCode = "552817";
    private const string PrivateKey = "MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBAMElXgnHKpoM";

    [Fact]
    public async Task FullFlowAtTraceLevel_WritesNoSecretAnywhere()
    {
        var logs = new CapturingLoggerProvider();
        using var sdk = new SdkHarness(
            options => options.ManagerApi.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1),
            services: services => services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var hash = Md5Password.FromPlainText(PlainPassword);
        var clientToken = "c0ffee00-1111-2222-3333-444455556666app";
        sdk.Stub.OnData("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", "\"86000001\"");
        sdk.Stub.On("customer.app.CustomerWebApiService.login", _ => StubHandler.Json(Envelope.Success($$"""{"token":"{{clientToken}}","rToken":"{{new string('f', 64)}}","customerNo":"86000001"}""")));
        var pageAttempts = 0;
        sdk.Stub.On("customer.admin.WhiteCustomerAdminApiService.page", _ => Interlocked.Increment(ref pageAttempts) switch
        {
            1 => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            2 => StubHandler.Json(Envelope.Success("""{"current":1,"size":20,"total":0,"records":[]}""")),
            _ => StubHandler.Json(Envelope.Error("GATEWAY_CODE_019", msg: "no access rights")),
        });
        var register = new AddCustomerRequest { Phone = "13800138000", Password = hash, Country = "CN", RegisterSource = RegisterSource.H5, CustomerGroupId = 1 };
        var login = new LoginRequest { Type = LoginNameType.CustomerNo, LoginName = "86000001", Password = hash, VerifyCode = VerifyCode, GoogleCode = GoogleCode };

        await sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(register);      // auth + register
        using var session = await sdk.Client.Sessions.LoginAsync(login);               // client login
        await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest());          // a retry
        var error = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest())); // an error

        var options = sdk.Get<IOptions<CmfblOptions>>().Value;
        var texts = logs.Lines
            .Append(error.ToString())
            .Append(options.ToString()!)
            .Append(options.ManagerApi.ToString())
            .Append(register.ToString())
            .Append(login.ToString())
            .Append(session.Login!.ToString())
            .Append(new CompanyAuthRequest { AppId = "id", AppSecret = AppSecret }.ToString())
            .Append(new CompanyAuthResult { Token = "token-1", PublicKey = PrivateKey }.ToString())
            .ToArray();
        Assert.Contains(logs.Lines, line => line.Contains("Sending customer.admin.WhiteCustomerAdminApiService.page", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("answered with error GATEWAY_CODE_019", StringComparison.Ordinal));
        foreach (var secret in new[] { AppSecret, "token-1", clientToken, new string('f', 64), PlainPassword, hash.ToMd5Hex(), VerifyCode, GoogleCode })
        {
            var leaks = texts.Where(t => t.Contains(secret, StringComparison.Ordinal)).ToArray();
            Assert.True(leaks.Length == 0, $"'{secret}' leaked into: {string.Join(Environment.NewLine, leaks)}");
        }
    }
}

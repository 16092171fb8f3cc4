using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cmfbl.Sdk.ClientApi.Customers.Models;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Security.Internal;
using Cmfbl.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Cmfbl.Sdk.Tests.OpenApi;

/// <summary>End to end on the fake server: log in, apply for a key, call the Client operations with it; the fake verifies every signature.</summary>
public sealed class OpenApiFakeServerTests
{
    private const string Password = "a123456";

    [Fact]
    public async Task LoginApplyForAKeyThenCallWithIt_WorksWithoutAToken()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = Client(fake);
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000001", Password = Password });
        using var session = await LoginAsync(client, customer);

        var key = await session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot", GoogleCode = "123456" });
        using var openApi = client.ClientApi.Sessions.FromApiKey(key.ApiKey!, key.PrivateKey!);
        var profile = await openApi.CustomerWeb.FindCustomerInfoAsync();

        Assert.Equal(customer.CustomerNo, profile.CustomerNo);
        var call = fake.Journal[^1];
        Assert.Equal("/openapi-c/global/customer.app.CustomerWebApiService.findCustomerInfo", call.Path);
        Assert.Equal("0", call.ResultCode);
        Assert.False(call.Headers.ContainsKey("token"));
        Assert.Equal(key.ApiKey, call.Headers["apiKey"]);
        Assert.Equal(90, key.ValidityDays);
        Assert.Equal("ApiKeyInfo", key.ToString()[..10]);
        Assert.DoesNotContain(key.PrivateKey!, key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyManagement_ListEditDowngradeDelete_RoundTrips()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = Client(fake);
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000002", Password = Password });
        using var session = await LoginAsync(client, customer);
        var first = await session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "one", PhoneCode = "1111", PhoneSendToken = "send" });
        var second = await session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "two", EmailCode = "2222", EmailSendToken = "send" });

        var duplicate = await Assert.ThrowsAsync<CmfblApiException>(() => session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "one", GoogleCode = "1" }));
        var page = await session.ApiKeys.PageAsync(new ApiKeyPageRequest { Size = 10 });
        await session.ApiKeys.EditApiPermissionAsync(new EditApiPermissionRequest
        {
            Id = first.Id!.Value,
            GoogleCode = "123456",
            WhiteIps = "127.0.0.1",
            Permissions = [new ApiPermissionSetting { Code = "trade", Status = ApiPermissionStatus.Enabled }],
        });
        var edited = await session.ApiKeys.QueryApiAsync(new ApiKeyIdRequest { Id = first.Id!.Value });
        var packaged = await session.ApiKeys.DowngradeAsync(new DowngradeApiRequest { ApiKey = second.ApiKey!, Tag = "two", Times = "year" });
        await session.ApiKeys.DelApiAsync(new ApiKeyIdRequest { Id = second.Id!.Value });
        using var deleted = client.ClientApi.Sessions.FromApiKey(second.ApiKey!, second.PrivateKey!);
        var refused = await Assert.ThrowsAsync<CmfblAuthenticationException>(() => deleted.CustomerWeb.FindCustomerInfoAsync());

        Assert.Equal("CUSTOMER_API_00011003", duplicate.Code);
        Assert.Equal(2, page.Total);
        Assert.All(page.Records, record => Assert.Null(record.PrivateKey));
        Assert.Equal(ApiPermissionStatus.Enabled, edited.Permissions!.Single(p => p.Code == "trade").Status);
        Assert.Equal("127.0.0.1", edited.WhiteIps);
        Assert.Null(edited.ExpiredTime); // bound to an IP address: no expiry
        Assert.True(packaged!.ExpiredTime > DateTimeOffset.UtcNow.AddDays(300));
        Assert.Equal(CmfblErrorCodes.OpenApiKeyNotFound, refused.Code);
        Assert.Equal(["ready_only", "trade"], Assert.Single(fake.ApiKeys).EnabledPermissions);
    }

    [Fact]
    public async Task ApplyApi_WithoutACode_IsRefused()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = Client(fake);
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000003", Password = Password });
        using var session = await LoginAsync(client, customer);

        var error = await Assert.ThrowsAsync<CmfblApiException>(() => session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot" }));

        Assert.Equal("CUSTOMER_API_0000509", error.Code);
        Assert.Empty(fake.ApiKeys);
    }

    [Fact]
    public async Task TamperedBody_IsRefusedWithSignatureInvalid()
    {
        await using var fake = await CmfblFakeServer.StartAsync();
        await using var client = Client(fake);
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000004", Password = Password });
        using var session = await LoginAsync(client, customer);
        var key = await session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot", GoogleCode = "1" });
        using var http = new HttpClient { BaseAddress = fake.OpenApiAddress };
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signed = """{"type":1,"loginName":"13900000004"}""";
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKey!), out _);
        var signature = Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(OpenApiCanonicalizer.StringToSign(Encoding.UTF8.GetBytes(signed), timestamp)), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));

        var genuine = await SendAsync(http, signed, key.ApiKey!, timestamp, signature);
        var tampered = await SendAsync(http, signed.Replace("13900000004", "13900000005", StringComparison.Ordinal), key.ApiKey!, timestamp, signature);

        Assert.Contains("\"code\":\"0\"", genuine, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"00012001\"", tampered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerClockAhead_FirstCallResynchronises_AndEveryCallSucceeds()
    {
        var serverTime = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(10));
        await using var fake = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { TimeProvider = serverTime });
        await using var client = Client(fake);
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000006", Password = Password });
        using var session = await LoginAsync(client, customer);
        var key = await session.ApiKeys.ApplyApiAsync(new ApplyApiRequest { Tag = "bot", GoogleCode = "1" });
        using var openApi = client.ClientApi.Sessions.FromApiKey(key.ApiKey!, key.PrivateKey!);

        await openApi.CustomerWeb.FindCustomerInfoAsync();
        await openApi.CustomerWeb.FindCustomerInfoAsync();

        Assert.InRange(client.ServerClock.Offset, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(11));
        var codes = fake.Journal.Where(r => r.Path.StartsWith("/openapi-c/", StringComparison.Ordinal)).Select(r => r.ResultCode).ToArray();
        Assert.Equal("00012002,0,0", string.Join(",", codes));
        Assert.Single(fake.Journal, r => r.Path == "/api/thirdExt/now");
    }

    [Fact]
    public async Task EncryptedBodies_TheFakeDecryptsThemToTheOriginal()
    {
        await using var fake = await CmfblFakeServer.StartAsync(new CmfblFakeServerOptions { EncryptedBodies = true });
        await using var client = Client(fake, options =>
        {
            options.ClientApi.BodyEncryption.Enabled = true;
            options.ClientApi.BodyEncryption.PublicKey = fake.CompanyPublicKey;
        });
        var customer = fake.SeedCustomer(new FakeCustomerSeed { Phone = "13900000007", Password = Password });

        using var session = await LoginAsync(client, customer);
        var exists = await client.ClientApi.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "13900000007" });

        Assert.Equal(CustomerExistence.Exists, exists);
        Assert.All(fake.Journal.Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)), r =>
        {
            Assert.StartsWith("x-", r.Headers["trace"], StringComparison.Ordinal);
            Assert.StartsWith("{\"data\":", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("13900000007", r.Body, StringComparison.Ordinal);
        });
    }

    private static async Task<string> SendAsync(HttpClient http, string body, string apiKey, string timestamp, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "global/customer.app.CustomerWebApiService.checkCustomerExist") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("trace", Guid.NewGuid().ToString());
        request.Headers.TryAddWithoutValidation("companyId", "439");
        request.Headers.TryAddWithoutValidation("version", "0.0.1");
        request.Headers.TryAddWithoutValidation("apiKey", apiKey);
        request.Headers.TryAddWithoutValidation("timestamp", timestamp);
        request.Headers.TryAddWithoutValidation("signature", signature);
        using var response = await http.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    internal static CmfblClient Client(CmfblFakeServer fake, Action<CmfblOptions>? configure = null)
    {
        var options = new CmfblOptions { BaseAddress = fake.BaseAddress, CompanyId = fake.CompanyId, AllowInsecureLoopback = true };
        options.ManagerApi.AppId = fake.AppId;
        options.ManagerApi.AppSecret = fake.AppSecret;
        configure?.Invoke(options);
        return CmfblClient.Create(options);
    }

    private static Task<Cmfbl.Sdk.ClientApi.CustomerSession> LoginAsync(CmfblClient client, FakeCustomer customer) =>
        client.ClientApi.Sessions.LoginAsync(new LoginRequest { Type = LoginNameType.CustomerNo, LoginName = customer.CustomerNo, Password = Md5Password.FromPlainText(Password) });
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Cmfbl.Sdk.Testing.Tests.TestSupport;

/// <summary>A raw HttpClient that speaks the gateway's conventions, for driving the fake without the SDK.</summary>
/// <param name="server">The fake to call.</param>
/// <param name="handler">The handler requests go through (e.g. <see cref="OverlappingRequests"/>); a plain one when null.</param>
public sealed class ApiClient(CmfblFakeServer server, HttpMessageHandler? handler = null) : IAsyncDisposable
{
    public const string Md5OfA123456 = "dc483e80a7a0bd9ef71d8cf973673924";

    private int _phones;

    public HttpClient Http { get; } = new(handler ?? new SocketsHttpHandler()) { BaseAddress = server.BaseAddress };

    /// <summary>The standard headers: trace, companyId, version (+ token when given).</summary>
    public Dictionary<string, string?> Headers(string? token = null, string? trace = null) => new()
    {
        ["trace"] = trace ?? "t-" + Guid.NewGuid().ToString("N"),
        ["companyId"] = server.CompanyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["version"] = "0.0.1",
        ["token"] = token,
    };

    public async Task<ApiResponse> PostAsync(string path, object? body, IReadOnlyDictionary<string, string?> headers, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path.TrimStart('/'));
        foreach (var (name, value) in headers)
        {
            if (value is not null)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (body is not null)
        {
            var json = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        }

        var response = await Http.SendAsync(request);
        return new ApiResponse(response, await response.Content.ReadAsStringAsync());
    }

    public Task<ApiResponse> ManagerAsync(string bizType, object? body, string? token) =>
        PostAsync("openapi-b/" + bizType, body ?? new { }, Headers(token));

    public Task<ApiResponse> AuthRawAsync(string appId, string appSecret, string? trace = "t-auth") =>
        PostAsync("openapi-b/auth/admin.admin.CompanyAuthDubboService.auth", new { appId, appSecret }, new Dictionary<string, string?> { ["trace"] = trace });

    public async Task<string> AuthAsync()
    {
        var response = await AuthRawAsync(server.AppId, server.AppSecret);
        return response.Ok().GetProperty("token").GetString()!;
    }

    public string NextPhone() => "1390000" + Interlocked.Increment(ref _phones).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public Task<ApiResponse> AddCustomerRawAsync(string token, object body) =>
        ManagerAsync("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", body, token);

    /// <summary>Registers a phone customer in group 1 with password a123456 and returns the customer number.</summary>
    public async Task<string> RegisterAsync(string token, string? phone = null)
    {
        var response = await AddCustomerRawAsync(token, Registration(phone ?? NextPhone()));
        return response.Ok().GetString()!;
    }

    public static object Registration(string phone) => new
    {
        phone,
        phoneArea = "+86",
        pwd = Md5OfA123456,
        country = "CN",
        registerSource = 3,
        customerGroupId = 1,
        tradeTypeCurrencyList = new[] { new { tradeType = "1", allCurrency = "USDT" } },
    };

    public Task<ApiResponse> ClientAsync(string path, object? body, string? token) =>
        PostAsync("api/" + path, body ?? new { }, Headers(token));

    public Task<ApiResponse> LoginAsync(int type, string loginName, string loginPwd = Md5OfA123456, string? phoneArea = "+86") =>
        ClientAsync("login/customer.app.CustomerWebApiService.login", new { type, loginName, loginPwd, phoneArea, device = 1, isThird = false }, null);

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return ValueTask.CompletedTask;
    }
}

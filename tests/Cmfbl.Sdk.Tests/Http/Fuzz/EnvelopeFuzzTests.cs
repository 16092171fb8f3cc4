using System.Globalization;
using System.Net;
using System.Text.Json;
using Cmfbl.Sdk.ClientApi;
using Cmfbl.Sdk.ClientApi.Models;
using Cmfbl.Sdk.Errors;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;
using Xunit.Abstractions;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>
/// Documented answers spoilt in every way a server, proxy or network can spoil them (byte flips, truncation, type
/// swaps, invalid UTF-8, lone surrogates, deep nesting, huge numbers, duplicate keys, garbage), sent through every
/// family's full pipeline: every failure is a <see cref="CmfblException"/>, every success prints, nothing hangs.
/// Set <c>CMFBL_FUZZ_ITERATIONS</c> (per operation, default 300) and <c>CMFBL_FUZZ_SEED</c> to fuzz longer or elsewhere.
/// </summary>
public sealed class EnvelopeFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Targets =
    [
        "page", "detail", "addCusAndOpenAccountAndKyc", "checkCustomerExist", "groupList", "queryAccountList", "auth",
        "login", "findCustomerInfo", "register", "queryCustomerAssets", "queryCustomerAssetsInfo", "checkStatus",
        "verifyCodeSend", "queryCustomerOfAgentPage", "checkToken",
    ];

    public static TheoryData<string> Operations => new(Targets);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task MutatedDocumentedAnswers_OnlySdkExceptions_NoHang(string operation)
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("CMFBL_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) ? n : 300;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CMFBL_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : 20261130;
        var answer = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Answers", operation + ".json"));
        var mutator = new AnswerMutator(seed ^ StableHash(operation)); // string.GetHashCode differs in every process: a failure must replay
        var body = Array.Empty<byte>();
        using var sdk = new SdkHarness(options =>
        {
            options.ManagerApi.Resilience.MaxRetryAttempts = 0;
            options.ClientApi.Resilience.MaxRetryAttempts = 0;
            options.ManagerApi.Resilience.CircuitBreakerMinimumThroughput = int.MaxValue;
            options.ClientApi.Resilience.CircuitBreakerMinimumThroughput = int.MaxValue;
        });
        sdk.Stub.On(BizTypeOf(operation), _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Volatile.Read(ref body)) });
        using var session = sdk.Client.Sessions.FromToken("fuzz-token");
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < iterations && failures.Count < 10; i++)
        {
            var (mutated, what) = mutator.Mutate(answer);
            Volatile.Write(ref body, mutated);
            var outcome = await CallAsync(operation, sdk, session).WaitAsync(TimeSpan.FromSeconds(20));
            outcomes[outcome.Name] = outcomes.GetValueOrDefault(outcome.Name) + 1;
            if (outcome.Failure is not null)
            {
                failures.Add($"#{i} {what}: {outcome.Failure}");
            }
        }

        output.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<Outcome> CallAsync(string operation, SdkHarness sdk, CustomerSession session)
    {
        try
        {
            var result = await Invoke(operation, sdk, session);
            _ = result?.ToString(); // a success must print, whatever strings it holds
            return new("success", null);
        }
        catch (CmfblException exception)
        {
            _ = exception.ToString();
            return new(exception.GetType().Name, null);
        }
        catch (Exception exception)
        {
            return new("foreign", $"{exception.GetType().FullName}: {exception.Message}");
        }
    }

    private static async Task<object?> Invoke(string operation, SdkHarness sdk, CustomerSession session) => operation switch
    {
        "page" => await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()),
        "detail" => await sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest { Id = "1", CustomerNo = "86000001", Type = CustomerDetailType.BaseInfo }),
        "addCusAndOpenAccountAndKyc" => await sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
        {
            Phone = "13800138000",
            Password = Md5Password.FromPlainText("a123456"),
            Country = "CN",
            RegisterSource = RegisterSource.System,
            CustomerGroupId = 1,
        }),
        "checkCustomerExist" => await sdk.Manager.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "1" }),
        "groupList" => await sdk.Manager.CustomerGroups.GroupListAsync(new CustomerGroupListRequest()),
        "queryAccountList" => await sdk.Manager.Customers.QueryAccountListAsync(new AccountListRequest { CustomerNo = "86000001", TradeType = TradeType.Spot }),
        "auth" => await sdk.Manager.CompanyAuth.AuthAsync(new CompanyAuthRequest { AppId = "a", AppSecret = "s" }),
        "login" => (await sdk.Client.Sessions.LoginAsync(new LoginRequest { Type = LoginNameType.Phone, LoginName = "1", Password = Md5Password.FromPlainText("p") })).Login,
        "findCustomerInfo" => await session.CustomerWeb.FindCustomerInfoAsync(),
        "register" => await sdk.Client.CustomerWeb.RegisterAsync(new RegisterRequest
        {
            Type = LoginNameType.Email,
            LoginName = "a@b.c",
            Country = "CN",
            VerifyCode = "1",
            SendToken = "s",
            RegisterSource = RegisterSource.PcWeb,
        }),
        "queryCustomerAssets" => await session.CustomerWeb.QueryCustomerAssetsAsync(new QueryCustomerAssetsRequest()),
        "queryCustomerAssetsInfo" => await session.CustomerWeb.QueryCustomerAssetsInfoAsync(new QueryCustomerAssetsInfoRequest { TradeType = TradeType.Spot }),
        "checkStatus" => await session.CustomerWeb.CheckStatusAsync(new CheckStatusRequest { LoginName = "a@b.c", Type = LoginNameType.Email }),
        "verifyCodeSend" => await sdk.Client.Verification.VerifyCodeSendAsync(new VerifyCodeSendRequest { BizType = VerificationCodeType.EmailRegister, ToUser = "a@b.c" }),
        "queryCustomerOfAgentPage" => await session.CustomerWeb.QueryCustomerOfAgentPageAsync(new QueryCustomerOfAgentPageRequest()),
        "checkToken" => await sdk.Client.CustomerWeb.CheckTokenAsync(new CheckTokenRequest { CompanyId = 439, CheckToken = "t" }),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string BizTypeOf(string operation) => operation switch
    {
        "page" or "detail" or "addCusAndOpenAccountAndKyc" => "customer.admin.WhiteCustomerAdminApiService." + operation,
        "groupList" => "customer.admin.CustomerGroupAdminApiService.groupList",
        "queryAccountList" => "customer.admin.CustomerAdminApiService.queryAccountList",
        "auth" => SdkHarness.AuthBizType,
        "verifyCodeSend" => "message.app.VerificationApiService.verifyCodeSend",
        _ => "customer.app.CustomerWebApiService." + operation,
    };

    private readonly record struct Outcome(string Name, string? Failure);

    /// <summary>A hash of <paramref name="text"/> that is the same in every process (FNV-1a), so a seed replays.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }
}

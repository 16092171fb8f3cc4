using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;
using Cmfbl.Sdk.Security;
using Cmfbl.Sdk.Tests.TestSupport;

namespace Cmfbl.Sdk.Tests.Http.Fuzz;

/// <summary>
/// One operation the answer fuzzer calls, one per answer shape: its bizType, the <c>data</c> of a valid answer, how to
/// call it, and whether a result equals what that valid answer says.
/// </summary>
public sealed record AnswerTarget(string Name, string BizType, string Data, bool IsWrite, Func<SdkHarness, Task<object?>> Invoke, Func<object?, bool> Matches)
{
    /// <summary>What a method without a result returns to the fuzzer.</summary>
    public static readonly object Done = new();

    private const string Manager = "customer.admin.";

    public static IReadOnlyList<AnswerTarget> All { get; } =
    [
        new(
            "model",
            Manager + "WhiteCustomerAdminApiService.detail",
            """{"id":123,"customerNo":"86000001","email":"a@b.c","status":1,"createTime":1700000000000}""",
            false,
            async sdk => await sdk.Manager.WhiteCustomers.DetailAsync(new CustomerDetailRequest { Id = "123", CustomerNo = "86000001", Type = CustomerDetailType.BaseInfo }),
            result => result is CustomerProfile { Id: 123, CustomerNo: "86000001", Email: "a@b.c" } profile && profile.CreateTime == DateTimeOffset.FromUnixTimeMilliseconds(1700000000000)),
        new(
            "page",
            Manager + "WhiteCustomerAdminApiService.page",
            """{"current":1,"size":20,"total":2,"records":[{"id":1,"customerNo":"86000001"},{"id":2,"customerNo":"86000002"}]}""",
            false,
            async sdk => await sdk.Manager.WhiteCustomers.PageAsync(new CustomerPageRequest()),
            result => result is PagedResult<CustomerRecord> { Current: 1, Size: 20, Total: 2, Records: [{ Id: 1, CustomerNo: "86000001" }, { Id: 2, CustomerNo: "86000002" }] }),
        new(
            "text",
            Manager + "WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc",
            "\"86021976\"",
            true,
            async sdk => await sdk.Manager.WhiteCustomers.AddCusAndOpenAccountAndKycAsync(new AddCustomerRequest
            {
                Phone = "13800138000",
                Password = Md5Password.FromPlainText("a123456"),
                Country = "CN",
                RegisterSource = RegisterSource.System,
                CustomerGroupId = 1,
            }),
            result => result is "86021976"),
        new(
            "enum",
            "customer.app.CustomerWebApiService.checkCustomerExist",
            "1",
            false,
            async sdk => await sdk.Manager.CustomerWeb.CheckCustomerExistAsync(new CheckCustomerExistRequest { Type = LoginNameType.Phone, LoginName = "13800138000" }),
            result => result is CustomerExistence.Exists),
        new(
            "boolean",
            "fund.admin.CustomerActivityBonusAdminDubboService.queryOneLockTradeAccount",
            "true",
            false,
            async sdk => await sdk.Manager.Bonuses.QueryOneLockTradeAccountAsync(new QueryOneLockTradeAccountRequest { CustomerNo = "86000001", TradeType = TradeType.Spot, CompanyId = "439", Type = 1 }),
            result => result is true),
        new(
            "list",
            "fund.admin.CustomerActivityBonusAdminDubboService.queryTradeTypeLockTradeAccount",
            """[{"lockStatus":true,"type":"1"},{"lockStatus":false,"type":"2"}]""",
            false,
            async sdk => await sdk.Manager.Bonuses.QueryTradeTypeLockTradeAccountAsync(new QueryTradeTypeLockTradeAccountRequest { CustomerNo = "86000001", TradeType = TradeType.Spot, CompanyId = "439" }),
            result => result is IReadOnlyList<QueryTradeTypeLockTradeAccountItem> list && list is [{ LockStatus: true, Type: "1" }, { LockStatus: false, Type: "2" }]),
        new(
            "write model",
            "fund.admin.CustomerActivityBonusAdminDubboService.operationBonus",
            """{"result":true,"actionAmount":"10.5"}""",
            true,
            async sdk => await sdk.Manager.Bonuses.OperationBonusAsync(Edges.CutModelAnswerTests.NewBonus()),
            result => result is OperationBonusResult { Result: true, ActionAmount: "10.5" }),
        new(
            "none",
            "fund.admin.CustomerActivityBonusAdminDubboService.lockTradeAccount",
            "null",
            true,
            async sdk =>
            {
                await sdk.Manager.Bonuses.LockTradeAccountAsync(new LockTradeAccountRequest { CustomerNo = "86000001", TradeType = TradeType.Spot, CompanyId = "439", Type = 1 });
                return Done;
            },
            result => ReferenceEquals(result, Done)),
    ];

    public override string ToString() => Name;
}

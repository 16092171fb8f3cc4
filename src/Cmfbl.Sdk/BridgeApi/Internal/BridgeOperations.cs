using Cmfbl.Sdk.Http;
using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.BridgeApi.Internal;

/// <summary>
/// The Bridge API's operation table (REFERENCE §3.3), hand-written and written out as data so that nothing is reflected
/// at start-up; a test checks it against each method's <c>[Post]</c>, <c>[Headers]</c> and <c>[CmfblOperation]</c>.
/// </summary>
internal static class BridgeOperations
{
    public static OperationTable Table() => OperationTable.For(ApiFamily.Bridge, Add);

    /// <summary>Adds the operations of <paramref name="service"/>, if it is one of the Bridge API's interfaces.</summary>
    public static bool Add(OperationTable.ServiceOperations operations, Type service)
    {
        if (service == typeof(IBridgeCustomerService))
        {
            operations
                .Add(nameof(IBridgeCustomerService.PageAsync), Operation("customer.admin.WhiteCustomerAdminApiService.page", OperationKind.Read, AnswerShape.Page))
                .Add(nameof(IBridgeCustomerService.AddCusAndOpenAccountAndKycAsync), Operation("customer.admin.WhiteCustomerAdminApiService.addCusAndOpenAccountAndKyc", OperationKind.UnsafeWrite, AnswerShape.Text))
                .Add(nameof(IBridgeCustomerService.DetailByCustomerNoAsync), Operation("customer.admin.WhiteCustomerAdminApiService.detailByCustomerNo", OperationKind.Read, AnswerShape.Model));
        }
        else if (service == typeof(IExchangeAccountService))
        {
            operations
                .Add(nameof(IExchangeAccountService.AddAsync), Operation("customer.admin.CustomerDirectAccAdminApiService.add", OperationKind.UnsafeWrite, AnswerShape.None, nullable: true))
                .Add(nameof(IExchangeAccountService.UpdateAsync), Operation("customer.admin.WhiteCustomerAdminDriectAccService.update", OperationKind.KeyedWrite, AnswerShape.Model, nullable: true))
                .Add(nameof(IExchangeAccountService.ListAsync), Operation("customer.admin.WhiteCustomerAdminDriectAccService.list", OperationKind.Read, AnswerShape.List))
                .Add(nameof(IExchangeAccountService.DeleteAsync), Operation("customer.admin.WhiteCustomerAdminDriectAccService.delete", OperationKind.KeyedWrite, AnswerShape.None, nullable: true));
        }
        else if (service == typeof(IDirectOrderService))
        {
            operations
                .Add(nameof(IDirectOrderService.AddDirectOrderAsync), Operation("tradeapi.admin.OrderAdminApiService.addDirectOrder", OperationKind.KeyedWrite, AnswerShape.Model) with
                {
                    OutcomeCheck = "Look the order up by its clientOrderId (IDirectOrderService.QueryDirectOrderAsync) or in the fills before placing it again.",
                    KeyFields = ["clientOrderId"],
                })
                .Add(nameof(IDirectOrderService.CancelDirectOrderAsync), Operation("tradeapi.admin.OrderAdminApiService.cancelDirectOrder", OperationKind.KeyedWrite, AnswerShape.Model))
                .Add(nameof(IDirectOrderService.QueryDirectOrderAsync), Operation("tradeapi.admin.OrderAdminApiService.queryDirectOrder", OperationKind.Read, AnswerShape.Model))
                .Add(nameof(IDirectOrderService.QueryDirectTradeRecordAsync), Operation("tradeapi.admin.OrderAdminApiService.queryDirectTradeRecord", OperationKind.Read, AnswerShape.List))
                .Add(nameof(IDirectOrderService.QueryBalancesAsync), Operation("tradeapi.admin.AccountAdminService.queryBalances", OperationKind.Read, AnswerShape.List));
        }
        else if (service == typeof(IBridgeWebhookService))
        {
            operations.Add(nameof(IBridgeWebhookService.SubscribeAsync), Operation("admin.admin.CompanyApiKeyDubboService.subscribe", OperationKind.KeyedWrite, AnswerShape.None, nullable: true));
        }
        else
        {
            return false;
        }

        return true;
    }

    private static OperationDescriptor Operation(string bizType, OperationKind kind, AnswerShape answer, bool nullable = false) =>
        new(bizType, kind, OperationAuth.Token, ApiFamily.Bridge) { Answer = answer, AnswerNullable = nullable };
}

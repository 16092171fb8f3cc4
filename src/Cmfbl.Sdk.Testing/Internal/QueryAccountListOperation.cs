namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>customer.admin.CustomerAdminApiService.queryAccountList</c>: the customer's accounts of one trade type, as an array.</summary>
internal sealed class QueryAccountListOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.Manager;

    public string BizType => BizTypes.QueryAccountList;

    public OperationAuth Auth => OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        if (JsonRead.Text(call.Body, "customerNo") is not { } customerNo)
        {
            return Errors.Invalid("customerNo");
        }

        if (JsonRead.Int64(call.Body, "tradeType") is not { } tradeType)
        {
            return Errors.Invalid("tradeType");
        }

        if (backend.Customers.FindByNo(customerNo) is not { } customer)
        {
            return Errors.DataNotFound;
        }

        return Outcome.Ok(AccountJson.List(customer.Accounts.Where(a => a.TradeType == tradeType), customer.CompanyId));
    }
}

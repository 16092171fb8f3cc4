using System.Globalization;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.admin.WhiteCustomerAdminApiService.detail</c>: one customer by <c>customerNo</c> (and <c>id</c>, which
/// must match when given); <c>accountList</c> is filled only for <c>type</c> = <c>tradeAccount</c>.
/// </summary>
internal sealed class CustomerDetailOperation(FakeBackend backend) : IOperation
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "baseInfo", "tradeAccount", "kyc", "allKyc", "bankList", "walletList", "otherInfo",
    };

    public RouteFamily Family => RouteFamily.Manager;

    public string BizType => BizTypes.CustomerDetail;

    public OperationAuth Auth => OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        var type = JsonRead.Text(call.Body, "type");
        if (type is null || !Types.Contains(type))
        {
            return Errors.Invalid("type");
        }

        var customerNo = JsonRead.Text(call.Body, "customerNo");
        var idText = JsonRead.Text(call.Body, "id");
        long? id = idText is null ? null
            : long.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : -1;
        if (customerNo is null && id is null)
        {
            return Errors.Invalid("customerNo");
        }

        var customer = customerNo is not null ? backend.Customers.FindByNo(customerNo) : backend.Customers.FindById(id!.Value);
        if (customer is null || (id is not null && customer.Id != id))
        {
            return Errors.DataNotFound;
        }

        var group = backend.Settings.FindGroup(customer.CustomerGroupId);
        return Outcome.Ok(CustomerDetailJson.Create(customer, group, withAccounts: type == "tradeAccount"));
    }
}

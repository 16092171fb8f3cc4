namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>customer.app.CustomerWebApiService.findCustomerInfo</c> (Client token): the logged-in customer's profile.</summary>
internal sealed class FindCustomerInfoOperation(FakeBackend backend) : IOperation
{
    public RouteFamily Family => RouteFamily.ClientGlobal;

    public string BizType => BizTypes.FindCustomerInfo;

    public OperationAuth Auth => OperationAuth.ClientToken;

    public Outcome Handle(OperationCall call)
    {
        if (call.Session?.CustomerId is not { } id || backend.Customers.FindById(id) is not { } customer)
        {
            return Errors.DataNotFound;
        }

        return Outcome.Ok(CustomerProfileJson.Create(
            customer,
            backend.Settings.FindGroup(customer.CustomerGroupId),
            masked: true,
            AccountJson.List(customer.Accounts, customer.CompanyId)));
    }
}

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.admin.WhiteCustomerAdminApiService.page</c>: the customer list, newest first, as
/// <c>{current, size, total, records}</c>; filters <c>customerNo</c>, <c>phone</c>, <c>email</c>,
/// <c>customerGroupId</c>, <c>status</c>.
/// </summary>
internal sealed class CustomerPageOperation(FakeBackend backend, RouteFamily family = RouteFamily.Manager) : IOperation
{
    public RouteFamily Family => family;

    public string BizType => BizTypes.CustomerPage;

    public OperationAuth Auth => family == RouteFamily.Bridge ? OperationAuth.BridgeKey : OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        var customerNo = JsonRead.Text(body, "customerNo");
        var phone = JsonRead.Text(body, "phone");
        var email = JsonRead.Text(body, "email");
        var groupId = JsonRead.Int64(body, "customerGroupId");
        var status = JsonRead.Int64(body, "status");

        var matches = backend.Customers.All()
            .Where(x => customerNo is null || string.Equals(x.CustomerNo, customerNo, StringComparison.Ordinal))
            .Where(x => phone is null || string.Equals(x.Phone, phone, StringComparison.Ordinal))
            .Where(x => email is null || string.Equals(x.Email, email, StringComparison.OrdinalIgnoreCase))
            .Where(x => groupId is null || x.CustomerGroupId == groupId)
            .Where(x => status is null || x.Status == status)
            .OrderByDescending(x => x.Id)
            .ToArray();
        return Outcome.Ok(Paging.Page(matches, Paging.Read(body), x => CustomerRecordJson.Create(x, backend.Settings.FindGroup(x.CustomerGroupId))));
    }
}

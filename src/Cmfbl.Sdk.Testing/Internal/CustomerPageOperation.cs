using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// <c>customer.admin.WhiteCustomerAdminApiService.page</c>: the customer list, newest first, as
/// <c>{current, size, total, records}</c>; filters <c>customerNo</c>, <c>phone</c>, <c>email</c>,
/// <c>customerGroupId</c>, <c>status</c>.
/// </summary>
internal sealed class CustomerPageOperation(FakeBackend backend, RouteFamily family = RouteFamily.Manager) : IOperation
{
    private const int DefaultSize = 20;
    private const int MaxSize = 2000;

    public RouteFamily Family => family;

    public string BizType => BizTypes.CustomerPage;

    public OperationAuth Auth => family == RouteFamily.Bridge ? OperationAuth.BridgeKey : OperationAuth.ManagerToken;

    public Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        var current = JsonRead.Int64(body, "current") is { } c and > 0 ? c : 1;
        var size = JsonRead.Int64(body, "size") is { } s and > 0 ? Math.Min(s, MaxSize) : DefaultSize;
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
        var skip = (current - 1) * size;
        var records = skip >= matches.Length
            ? []
            : matches.Skip((int)skip).Take((int)size)
                .Select(x => (JsonNode)CustomerRecordJson.Create(x, backend.Settings.FindGroup(x.CustomerGroupId)))
                .ToArray();

        return Outcome.Ok(new JsonObject
        {
            ["current"] = current,
            ["size"] = size,
            ["total"] = matches.Length,
            ["records"] = new JsonArray(records),
        });
    }
}

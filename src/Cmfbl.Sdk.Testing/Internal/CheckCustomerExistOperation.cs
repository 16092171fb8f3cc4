using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary><c>customer.app.CustomerWebApiService.checkCustomerExist</c> (Manager and Client, no token): 1 exists, 2 does not.</summary>
internal sealed class CheckCustomerExistOperation(FakeBackend backend, RouteFamily family) : IOperation
{
    public RouteFamily Family => family;

    public string BizType => BizTypes.CheckCustomerExist;

    public OperationAuth Auth => OperationAuth.Guest;

    public Outcome Handle(OperationCall call)
    {
        var type = JsonRead.Int64(call.Body, "type");
        if (type is not (1 or 2 or 3))
        {
            return Errors.Invalid("type");
        }

        var loginName = JsonRead.Text(call.Body, "loginName");
        if (loginName is null)
        {
            return Errors.Invalid("loginName");
        }

        var phoneArea = JsonRead.Text(call.Body, "phoneArea") ?? "+86";
        var exists = backend.Customers.FindByLogin(type.Value, loginName, phoneArea) is not null;
        return Outcome.Ok(JsonValue.Create(exists ? 1 : 2));
    }
}

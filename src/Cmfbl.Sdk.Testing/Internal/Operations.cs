namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Every operation the fake implements.</summary>
internal static class Operations
{
    public static IOperation[] Create(FakeBackend backend) =>
    [
        new AuthOperation(backend),
        new CheckCustomerExistOperation(backend, RouteFamily.Manager),
        new AddCustomerOperation(backend),
        new CustomerPageOperation(backend),
        new CustomerDetailOperation(backend),
        new GroupListOperation(backend),
        new QueryAccountListOperation(backend),
        new WebhookSubscribeOperation(backend),
        new LoginOperation(backend),
        new FindCustomerInfoOperation(backend),
        new CheckCustomerExistOperation(backend, RouteFamily.ClientGlobal),
        new LogoutOperation(backend),
    ];
}

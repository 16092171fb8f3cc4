namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>Every operation the fake implements.</summary>
internal static class Operations
{
    public static IOperation[] Create(FakeBackend backend) =>
    [
        .. ApiKeyOperations.Create(backend),
        .. BridgeOperations.Create(backend),
        new FakeOperation(RouteFamily.ClientThirdExt, BizTypes.ServerTime, OperationAuth.Guest, _ => Outcome.Ok(UnixTime.Ms(backend.Settings.Time.GetUtcNow()))),
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

using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.BridgeApi.Internal;

/// <summary>The Bridge API's operation table, from the <c>[CmfblOperation]</c> next to each method.</summary>
internal static class BridgeOperations
{
    public static OperationTable Build() => OperationTable.For(ApiFamily.Bridge)
        .Add<IBridgeCustomerService>()
        .Add<IExchangeAccountService>()
        .Add<IDirectOrderService>()
        .Add<IBridgeWebhookService>()
        .Build();
}

using Cmfbl.Sdk.Http.Internal;

namespace Cmfbl.Sdk.BridgeApi.Internal;

/// <summary>The Bridge API's operation table, from the <c>[CmfblOperation]</c> next to each method.</summary>
internal static class BridgeOperations
{
    public static OperationTable Build() => OperationTable.For(ApiFamily.Bridge)
        .Add<IBridgeCustomerService>()
        .Add<IExchangeAccountService>()
        .Add<IDirectOrderService>()
        .Change(typeof(IDirectOrderService), nameof(IDirectOrderService.AddDirectOrderAsync), static order => order with
        {
            OutcomeCheck = "Look the order up by its clientOrderId (IDirectOrderService.QueryDirectOrderAsync) or in the fills before placing it again.",
            KeyFields = ["clientOrderId"],
        })
        .Add<IBridgeWebhookService>()
        .Build();
}

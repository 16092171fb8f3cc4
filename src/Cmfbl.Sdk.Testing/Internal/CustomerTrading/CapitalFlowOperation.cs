using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// <c>tradeapi.app.CfdMMOrderApiService.queryCapitalFlowList</c>: the logged-in customer's balance movements on
/// trade type 1 (<see cref="CapitalFlowQuery"/>, the rows the Manager API shows too).
/// </summary>
internal sealed class CapitalFlowOperation(FakeBackend backend)
    : CrossMarginOperation(backend, "tradeapi.app.CfdMMOrderApiService.queryCapitalFlowList")
{
    protected override Outcome Handle(JsonObject body, Holder holder) =>
        Outcome.Ok(CapitalFlowQuery.Page(Backend.Trading, holder.CustomerId, holder.TradeType, body));
}

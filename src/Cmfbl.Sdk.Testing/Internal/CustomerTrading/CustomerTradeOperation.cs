using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// A Client API trading operation (<c>/api/global/tradeapi.app.…</c>, group <c>tradeApi</c>, Client token): acts on
/// the logged-in customer, whose <c>tradeType</c> the body must name.
/// </summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType (the path's, which the SDK calls).</param>
internal abstract class CustomerTradeOperation(FakeBackend backend, string bizType)
    : CustomerOperation(backend, bizType, HeaderNames.TradeApiGroup)
{
    protected sealed override Outcome Handle(JsonObject body, FakeCustomer customer) =>
        TradeType(body) is { } tradeType ? Handle(body, customer, tradeType) : Errors.BadParameter("tradeType");

    protected abstract Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType);
}

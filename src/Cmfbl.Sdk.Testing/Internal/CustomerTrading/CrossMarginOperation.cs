using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// A full-margin contract operation (<c>tradeapi.app.CfdMMOrderApiService.*</c>, <c>CfdMMPositionApiService.*</c>):
/// trade type 1 only ("should be filled with 1 under this gameplay"), on the customer's account the body names.
/// </summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType.</param>
internal abstract class CrossMarginOperation(FakeBackend backend, string bizType) : CustomerTradeOperation(backend, bizType)
{
    private const int CrossMarginTradeType = 1;

    protected sealed override Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType)
    {
        if (tradeType != CrossMarginTradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        return TryHolder(customer, body, tradeType, out var holder, out var error) ? Handle(body, holder) : error;
    }

    protected abstract Outcome Handle(JsonObject body, Holder holder);
}

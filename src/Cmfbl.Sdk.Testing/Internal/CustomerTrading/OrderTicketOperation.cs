using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>A full-margin operation whose body is an order (<c>addMarketOrder</c>, <c>calculateMarketOrder</c>), read and checked by <see cref="OrderTicketReader"/>.</summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType.</param>
internal abstract class OrderTicketOperation(FakeBackend backend, string bizType) : CrossMarginOperation(backend, bizType)
{
    protected sealed override Outcome Handle(JsonObject body, Holder holder)
    {
        var (ticket, invalid) = OrderTicketReader.Read(body, holder, Backend.Settings.Time.GetUtcNow());
        return ticket is null ? invalid! : Handle(ticket);
    }

    protected abstract Outcome Handle(OrderTicket ticket);
}

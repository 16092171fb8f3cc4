using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.CustomerTrading;

/// <summary>
/// A Client API trading operation (<c>/api/global/tradeapi.app.…</c>, group <c>tradeApi</c>, Client token): acts on
/// the logged-in customer, whose <c>tradeType</c> the body must name.
/// </summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType (the path's, which the SDK calls).</param>
internal abstract class CustomerTradeOperation(FakeBackend backend, string bizType)
    : OperationBase(bizType, OperationAuth.ClientToken, HeaderNames.TradeApiGroup, RouteFamily.ClientGlobal)
{
    protected FakeBackend Backend => backend;

    public sealed override Outcome Handle(OperationCall call)
    {
        if (call.Session?.CustomerId is not { } id || backend.Customers.FindById(id) is not { } customer)
        {
            return Errors.DataNotFound;
        }

        return JsonRead.Int64(call.Body, "tradeType") is { } tradeType and > 0 and < int.MaxValue
            ? Handle(call.Body, customer, (int)tradeType)
            : Errors.BadParameter("tradeType");
    }

    protected abstract Outcome Handle(JsonObject body, FakeCustomer customer, int tradeType);

    /// <summary>
    /// The account the request means: <c>accountId</c> when sent (the customer's, of the trade type, else
    /// <c>FS520010</c>), else the account in <c>accountCurrency</c>, else the customer's first of the trade type
    /// (<c>CUSTOMER_API_0000003</c> when there is none).
    /// </summary>
    protected static bool TryHolder(FakeCustomer customer, JsonObject body, int tradeType, [NotNullWhen(true)] out Holder? holder, [NotNullWhen(false)] out FakeError? error)
    {
        var accountId = JsonRead.Int64(body, "accountId");
        var currency = JsonRead.Text(body, "accountCurrency");
        var account = customer.Accounts.FirstOrDefault(a =>
            a.TradeType == tradeType
            && (accountId is null || a.AccountId == accountId)
            && (accountId is not null || currency is null || string.Equals(a.Currency, currency, StringComparison.OrdinalIgnoreCase)));
        holder = account is null ? null : Holder.Of(customer, account);
        error = account is not null ? null : accountId is not null ? Errors.AccountTradeTypeMismatch : Errors.DataNotFound;
        return holder is not null;
    }
}

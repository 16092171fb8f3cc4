using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A Client API operation of the logged-in customer (<c>/api/global/…</c>, Client token): acts on the session's customer.</summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType (the path's, which the SDK calls).</param>
/// <param name="group">The <c>group</c> header the operation needs, or null.</param>
internal abstract class CustomerOperation(FakeBackend backend, string bizType, string? group = null)
    : OperationBase(bizType, OperationAuth.ClientToken, group, RouteFamily.ClientGlobal)
{
    protected FakeBackend Backend => backend;

    public sealed override Outcome Handle(OperationCall call) =>
        call.Session?.CustomerId is { } id && backend.Customers.FindById(id) is { } customer
            ? Handle(call.Body, customer)
            : Errors.DataNotFound;

    protected abstract Outcome Handle(JsonObject body, FakeCustomer customer);

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

    /// <summary>The body's <c>tradeType</c> when it is a positive int.</summary>
    protected static int? TradeType(JsonObject body) =>
        JsonRead.Int64(body, "tradeType") is { } tradeType and > 0 and < int.MaxValue ? (int)tradeType : null;
}

using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// A deposit or withdrawal of the logged-in customer (<c>createDepositProposal</c>, <c>createWithdrawProposal</c>):
/// <c>tradeType</c> and <c>customerGroupId</c> (the customer's) required, every field of
/// <paramref name="required"/> present (else <c>GATEWAY_CODE_104</c> naming it), <paramref name="amountField"/> a
/// positive amount, on the account <c>accountId</c> or <c>accountCurrency</c> names.
/// </summary>
/// <param name="backend">The fake's state.</param>
/// <param name="bizType">The bizType.</param>
/// <param name="amountField">The body field holding the amount.</param>
/// <param name="required">The other fields the operation requires.</param>
internal abstract class CreateFundProposalOperation(FakeBackend backend, string bizType, string amountField, params string[] required)
    : CustomerOperation(backend, bizType)
{
    protected sealed override Outcome Handle(JsonObject body, FakeCustomer customer)
    {
        if (TradeType(body) is not { } tradeType)
        {
            return Errors.BadParameter("tradeType");
        }

        if (JsonRead.Int64(body, "customerGroupId") != customer.CustomerGroupId)
        {
            return Errors.BadParameter("customerGroupId");
        }

        if (required.FirstOrDefault(f => JsonRead.Text(body, f) is null) is { } missing)
        {
            return Errors.BadParameter(missing);
        }

        if (JsonRead.Decimal(body, amountField) is not { } amount || amount <= 0)
        {
            return Errors.BadParameter(amountField);
        }

        if (!TryHolder(customer, body, tradeType, out var holder, out var error))
        {
            return error;
        }

        return Math.Round(amount, holder.Digits) != amount ? Errors.BadParameter(amountField) : Handle(body, customer, holder, amount);
    }

    protected abstract Outcome Handle(JsonObject body, FakeCustomer customer, Holder holder, decimal amount);
}

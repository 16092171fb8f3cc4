using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.admin.CustomerAdjustProposalAdminDubboService.addCustomerAdjustProposal</c>: credits (positive
/// <c>amount</c>) or debits an account; the fake approves it at once, moves the balance, books a capital-flow row
/// (quota adjustment) and answers the proposal number.
/// </summary>
internal sealed class AddCustomerAdjustProposalOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerAdjustProposalAdminDubboService.addCustomerAdjustProposal")
{
    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        if (!CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out var error, "customerNo", "accountCurrency", "tradeType"))
        {
            return error;
        }

        var amount = JsonRead.Decimal(body, "amount");
        var withdraw = JsonRead.Boolean(body, "withdraw");
        if (JsonRead.Int64(body, "businessType") != Proposal.BusinessType)
        {
            return Errors.BadParameter("businessType");
        }

        if (amount is null or 0m || withdraw is null)
        {
            return Errors.BadParameter(amount is null or 0m ? "amount" : "withdraw");
        }

        if (!AccountChoice.TryPick(customer, JsonRead.Int64(body, "tradeType")!.Value, JsonRead.Text(body, "accountCurrency")!, JsonRead.Text(body, "accountId"), out var account, out error))
        {
            return error;
        }

        if (!string.Equals(account.Currency, JsonRead.Text(body, "accountCurrency"), StringComparison.OrdinalIgnoreCase))
        {
            return Errors.BadParameter("accountCurrency");
        }

        var (proposal, refused) = backend.Trading.Adjust(Holder.Of(customer, account), amount.Value, withdraw.Value, JsonRead.Text(body, "remark"));
        return refused ?? Outcome.Ok(JsonValue.Create(proposal!.ProposalNo));
    }
}

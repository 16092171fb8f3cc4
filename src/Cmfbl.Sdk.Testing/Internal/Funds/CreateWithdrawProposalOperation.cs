using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.app.WithdrawAppDubboService.createWithdrawProposal</c>: a withdrawal proposal of <c>amount</c> from the
/// account, answered as the proposal. The fund password (<c>fundPwd</c>, MD5) must match when the customer has one
/// (<c>CUSTOMER_API_0000132</c>); less than the minimum is <c>FS51001</c>, more than the free amount (balance − frozen −
/// margin in use) <c>FS51014</c> [inferred codes]. The amount is frozen until the proposal is approved (the balance
/// falls) or rejected (it is released).
/// </summary>
internal sealed class CreateWithdrawProposalOperation(FakeBackend backend)
    : CreateFundProposalOperation(backend, "fund.app.WithdrawAppDubboService.createWithdrawProposal", "amount", "withdrawMethod")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer, Holder holder, decimal amount)
    {
        if (customer.FundPasswordMd5 is { } stored
            && !string.Equals(JsonRead.Text(body, "fundPwd"), stored, StringComparison.OrdinalIgnoreCase))
        {
            return FundErrors.WrongFundPassword;
        }

        var minimum = Backend.Settings.MinimumWithdrawal;
        if (amount < minimum)
        {
            return FundErrors.Minimum(minimum, holder.Currency);
        }

        var request = new FundRequest
        {
            PaymentCurrency = JsonRead.Text(body, "withdrawCurrency") ?? holder.Currency,
            Channel = JsonRead.Text(body, "withdrawMethod")!,
            Country = JsonRead.Text(body, "country") ?? customer.Country,
            BlockchainName = JsonRead.Text(body, "blockchainName"),
            WithdrawType = JsonRead.Int64(body, "withdrawType") is 2 ? 2 : 1,
            BankAccountName = JsonRead.Text(body, "bankAccountName"),
            BankName = JsonRead.Text(body, "bankName"),
            BankCardNo = JsonRead.Text(body, "bankCardNo"),
            Remark = JsonRead.Text(body, "remark"),
        };
        var (proposal, refused) = Backend.Trading.SubmitFund(holder, withdrawal: true, amount, request);
        return proposal is null ? refused! : Outcome.Ok(FundProposalJson.Record(proposal, Backend.Settings.CompanyId));
    }
}

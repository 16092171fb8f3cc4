using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.app.DepositAppDubboService.createDepositProposal</c>: a deposit proposal of <c>depositAmount</c> into the
/// account; answers where the customer would pay (<c>proposalNo</c>, the fake cashier's <c>url</c>). The balance
/// moves when the proposal is approved: at once, unless the server holds proposals.
/// </summary>
internal sealed class CreateDepositProposalOperation(FakeBackend backend)
    : CreateFundProposalOperation(backend, "fund.app.DepositAppDubboService.createDepositProposal", "depositAmount", "paymentCurrency", "accountCurrency", "paymentChannelCode", "paymentChannelType", "paymentMerchantNo", "paymentChannelClientType")
{
    protected override Outcome Handle(JsonObject body, FakeCustomer customer, Holder holder, decimal amount)
    {
        var request = new FundRequest
        {
            PaymentCurrency = JsonRead.Text(body, "paymentCurrency")!,
            Channel = JsonRead.Text(body, "paymentChannelCode")!,
            ChannelType = JsonRead.Text(body, "paymentChannelType"),
            ClientType = JsonRead.Text(body, "paymentChannelClientType"),
            Country = JsonRead.Text(body, "country") ?? customer.Country,
            BlockchainName = JsonRead.Text(body, "blockchainName"),
            Remark = JsonRead.Text(body, "remark"),
        };
        var (proposal, _) = Backend.Trading.SubmitFund(holder, withdrawal: false, amount, request);
        return Outcome.Ok(FundProposalJson.DepositCreated(proposal!));
    }
}

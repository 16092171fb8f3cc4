using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>
/// Deposit and withdrawal proposals on the wire: the records of <c>queryDepositPageList</c> /
/// <c>queryWithdrawPageList</c> (the vendor's <c>CustomerDepositProposalDto</c> / <c>CustomerWithdrawProposalDto</c>),
/// which are also the <c>deposit</c> / <c>withdraw</c> events of the Manager data push. Amounts are decimal strings in
/// the account's digits, times milliseconds. The fake converts nothing: rates are 1 and fees 0.
/// </summary>
internal static class FundProposalJson
{
    private const string One = "1";

    public static JsonObject Record(FundProposal proposal, long companyId) =>
        proposal.Withdrawal ? Withdrawal(proposal, companyId) : Deposit(proposal, companyId);

    /// <summary>The answer of <c>createDepositProposal</c>: where the customer would pay (the fake's cashier page).</summary>
    public static JsonObject DepositCreated(FundProposal proposal) => new()
    {
        ["submitType"] = "outer_browser_open",
        ["url"] = "https://cashier.fake.invalid/pay/" + proposal.ProposalNo,
        ["contentType"] = "application/json",
        ["data"] = null,
        ["proposalNo"] = proposal.ProposalNo,
        ["browserOpenUrl"] = "https://cashier.fake.invalid/pay/" + proposal.ProposalNo,
        ["amount"] = null,
        ["currency"] = null,
        ["toAddress"] = null,
        ["expireTime"] = null,
        ["apiKey"] = null,
        ["paymentChannelCode"] = proposal.Request.Channel,
    };

    private static JsonObject Deposit(FundProposal proposal, long companyId)
    {
        var (approved, rejected) = (proposal.CheckStatus == FundProposal.Approved, proposal.CheckStatus == FundProposal.Rejected);
        var amount = Amount(proposal, proposal.Amount);
        var record = Common(proposal, companyId);
        record["depositCurrency"] = proposal.Holder.Currency;
        record["paymentCurrency"] = proposal.Request.PaymentCurrency;
        record["blockchainName"] = proposal.Request.BlockchainName;
        record["intendAmount"] = amount;
        record["toPaymentRate"] = One;
        record["toPaymentAmount"] = amount;
        record["fromPaymentAmount"] = approved ? amount : null;
        record["paymentRate"] = One;
        record["actualAmount"] = approved ? amount : Amount(proposal, 0m);
        record["depositFee"] = Amount(proposal, 0m);
        record["finalAmount"] = approved ? amount : Amount(proposal, 0m);
        record["paymentCode"] = proposal.Request.Channel;
        record["paymentType"] = proposal.Request.ChannelType;
        record["clientType"] = proposal.Request.ClientType;
        record["channelCode"] = null;
        record["depositStatus"] = approved ? 2 : rejected ? 3 : 1;
        record["paymentStatus"] = approved ? 2 : rejected ? 3 : 1;
        record["refundRet"] = null;
        record["notifyStatus"] = approved;
        record["queryCount"] = 0;
        record["queryMaxCount"] = 0;
        record["txid"] = null;
        record["rechargeType"] = One;
        record["address"] = null;
        record["thirdId"] = null;
        record["callbackUrl"] = null;
        record["refundToAddr"] = null;
        record["thirdAccount"] = null;
        return record;
    }

    private static JsonObject Withdrawal(FundProposal proposal, long companyId)
    {
        var (approved, rejected) = (proposal.CheckStatus == FundProposal.Approved, proposal.CheckStatus == FundProposal.Rejected);
        var amount = Amount(proposal, proposal.Amount);
        var record = Common(proposal, companyId);
        record["id"] = proposal.Id;
        record["accountCurrency"] = proposal.Holder.Currency;
        record["withdrawCurrency"] = proposal.Request.PaymentCurrency;
        record["amount"] = amount;
        record["rate"] = One;
        record["withdrawFee"] = Amount(proposal, 0m);
        record["finalAmount"] = amount;
        record["accountDeductAmount"] = amount;
        record["bankAccountName"] = proposal.Request.BankAccountName;
        record["bankName"] = proposal.Request.BankName;
        record["displayBankName"] = proposal.Request.BankName;
        record["bankCardNo"] = proposal.Request.BankCardNo;
        record["transferStatus"] = approved ? 2 : rejected ? 3 : 1;
        record["withdrawType"] = proposal.Request.WithdrawType ?? 1;
        record["withdrawCoinStatus"] = approved ? 2 : rejected ? 3 : 1;
        record["withdrawMethod"] = proposal.Request.Channel;
        record["blockchainName"] = proposal.Request.BlockchainName;
        record["txid"] = null;
        record["thirdMessage"] = null;
        record["withdrawViewStatus"] = approved ? 4 : rejected ? 2 : 1;
        record["transferRejectReason"] = proposal.RejectReason;
        return record;
    }

    private static JsonObject Common(FundProposal proposal, long companyId) => new()
    {
        ["companyId"] = companyId,
        ["customerId"] = proposal.Holder.CustomerId,
        ["customerNo"] = proposal.Holder.CustomerNo,
        ["customerGroupId"] = proposal.Holder.CustomerGroupId,
        ["accountId"] = proposal.Holder.AccountId,
        ["tradeType"] = proposal.Holder.TradeType,
        ["status"] = 1,
        ["createBy"] = proposal.Holder.CustomerNo,
        ["createTime"] = UnixTime.Ms(proposal.CreateTime),
        ["updateBy"] = proposal.CheckBy ?? proposal.Holder.CustomerNo,
        ["updateTime"] = UnixTime.Ms(proposal.UpdateTime),
        ["proposalNo"] = proposal.ProposalNo,
        ["country"] = proposal.Request.Country,
        ["checkBy"] = proposal.CheckBy,
        ["checkStatus"] = proposal.CheckStatus,
        ["amlRet"] = 1,
        ["amlFailReasion"] = null,
        ["remark"] = proposal.Request.Remark,
    };

    private static string Amount(FundProposal proposal, decimal value) => WireFormat.Fixed(value, proposal.Holder.Digits);
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Trading;

/// <summary>Capital-flow rows, adjustment proposals, and the Manager data-push events of ledger and position changes.</summary>
internal static class LedgerJson
{
    private const int BalanceSubject = 1;

    public static JsonObject Flow(FlowRow row, bool english)
    {
        var digits = row.Holder.Digits;
        var (type, subtype) = BusinessTypes.Of(row.Kind, row.Holder.TradeType);
        var (typeName, subtypeName) = BusinessTypes.Names(row.Kind, english);
        var time = UnixTime.Ms(row.Time);
        return new JsonObject
        {
            ["bookkeepId"] = row.BookkeepId,
            ["subjectId"] = SubjectId(row.Holder),
            ["accountId"] = row.Holder.AccountId,
            ["customerNo"] = row.Holder.CustomerNo,
            ["currency"] = row.Holder.Currency,
            ["digits"] = digits.ToString(CultureInfo.InvariantCulture),
            ["amountIn"] = WireFormat.Fixed(row.AmountIn, digits),
            ["amountOut"] = WireFormat.Fixed(row.AmountOut, digits),
            ["amountAfter"] = WireFormat.Fixed(row.AmountAfter, digits),
            ["status"] = 2,
            ["businessType"] = type,
            ["businessType1"] = subtype,
            ["businessTypeName"] = typeName,
            ["businessType1Name"] = subtypeName,
            ["orderId"] = row.OrderId,
            ["dealId"] = row.DealId,
            ["remark"] = row.Remark,
            ["createTime"] = time,
            ["updateTime"] = time.DeepClone(),
        };
    }

    public static JsonObject FlowEvent(FlowRow row)
    {
        var digits = row.Holder.Digits;
        var (type, subtype) = BusinessTypes.Of(row.Kind, row.Holder.TradeType);
        return new JsonObject
        {
            ["accountId"] = row.Holder.AccountId,
            ["customerNo"] = row.Holder.CustomerNo,
            ["tradeType"] = row.Holder.TradeType,
            ["currencyCode"] = row.Holder.Currency,
            ["bookkeepId"] = row.BookkeepId,
            ["subjectId"] = SubjectId(row.Holder),
            ["subjectType"] = BalanceSubject,
            ["amountIn"] = WireFormat.Fixed(row.AmountIn, digits),
            ["amountOut"] = WireFormat.Fixed(row.AmountOut, digits),
            ["amountAfter"] = WireFormat.Fixed(row.AmountAfter, digits),
            ["businessType"] = type,
            ["businessType1"] = subtype,
            ["orderId"] = row.OrderId,
            ["status"] = 2,
        };
    }

    public static JsonObject Proposal(Proposal proposal, long companyId)
    {
        var time = UnixTime.Ms(proposal.Time);
        return new JsonObject
        {
            ["id"] = proposal.Id,
            ["proposalNo"] = proposal.ProposalNo,
            ["companyId"] = companyId,
            ["customerId"] = proposal.Holder.CustomerId,
            ["customerNo"] = proposal.Holder.CustomerNo,
            ["accountId"] = proposal.Holder.AccountId,
            ["tradeType"] = proposal.Holder.TradeType,
            ["accountCurrency"] = proposal.Holder.Currency,
            ["businessType"] = Trading.Proposal.BusinessType,
            ["businessTypeText"] = "Quota adjustment",
            ["amount"] = proposal.Amount,
            ["withdraw"] = proposal.Withdraw,
            ["checkStatus"] = Trading.Proposal.Approved,
            ["checkBy"] = "system",
            ["status"] = 1,
            ["remark"] = proposal.Remark,
            ["operatorPassword"] = null,
            ["thirdOrderId"] = null,
            ["thirdAccount"] = null,
            ["resetAccount"] = false,
            ["createBy"] = "openapi",
            ["updateBy"] = "system",
            ["createTime"] = time,
            ["updateTime"] = time.DeepClone(),
        };
    }

    public static JsonObject AdjustEvent(Proposal proposal) => new()
    {
        ["proposalNo"] = proposal.ProposalNo,
        ["customerNo"] = proposal.Holder.CustomerNo,
        ["accountId"] = proposal.Holder.AccountId,
        ["tradeType"] = proposal.Holder.TradeType,
        ["amount"] = proposal.Amount,
        ["businessType"] = Trading.Proposal.BusinessType,
        ["checkStatus"] = Trading.Proposal.Approved,
        ["withdraw"] = proposal.Withdraw,
    };

    public static JsonObject PositionEvent(Position position) => new()
    {
        ["id"] = position.Id,
        ["accountId"] = position.Holder.AccountId,
        ["customerNo"] = position.Holder.CustomerNo,
        ["tradeType"] = position.Holder.TradeType,
        ["symbolId"] = position.Product.Id,
        ["direction"] = position.Direction,
        ["openPrice"] = WireFormat.Fixed(position.OpenPrice, position.Product.Digits),
        ["openVolume"] = WireFormat.Trim(position.Quantity),
        ["symbolDigits"] = position.Product.Digits,
        ["stopLoss"] = position.StopLoss.ToString(CultureInfo.InvariantCulture),
        ["takeProfit"] = position.TakeProfit.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The id of the account's balance subject (the ledger keeps one per account and subject type).</summary>
    private static long SubjectId(Holder holder) => (holder.AccountId * 100) + BalanceSubject;
}

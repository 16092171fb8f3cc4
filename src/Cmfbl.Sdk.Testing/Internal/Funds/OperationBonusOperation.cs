using System.Text.Json.Nodes;
using Cmfbl.Sdk.Testing.Internal.Trading;

namespace Cmfbl.Sdk.Testing.Internal.Funds;

/// <summary>
/// <c>fund.admin.CustomerActivityBonusAdminDubboService.operationBonus</c>: issues (type 1) or recovers (type 2) a
/// spot bonus. Issuing credits the account; recovering takes back at most what is available, and
/// <c>actionAmount</c> says how much. Both book a reward row in the capital flow.
/// </summary>
internal sealed class OperationBonusOperation(FakeBackend backend)
    : OperationBase("fund.admin.CustomerActivityBonusAdminDubboService.operationBonus")
{
    private const int Spot = 5;

    public override Outcome Handle(OperationCall call)
    {
        var body = call.Body;
        if (!CustomerLookup.TryFind(backend.Customers, body, Errors.BadParameter, out var customer, out var error, "customerNo", "activityId", "currencyBonus"))
        {
            return error;
        }

        var type = JsonRead.Int64(body, "type");
        var bonus = JsonRead.Decimal(body, "bonus");
        var failure = JsonRead.Int64(body, "tradeType") != Spot ? "tradeType"
            : JsonRead.Int64(body, "companyId") != backend.Settings.CompanyId ? "companyId"
            : bonus is not > 0m ? "bonus"
            : !JsonRead.Has(body, "activityCustomerNo") ? "activityCustomerNo"
            : type is not (1 or 2) ? "type"
            : null;
        if (failure is not null)
        {
            return Errors.BadParameter(failure);
        }

        if (!AccountChoice.TryPick(customer, Spot, JsonRead.Text(body, "currencyBonus")!, JsonRead.Text(body, "accountId"), out var account, out error))
        {
            return error;
        }

        var remark = "Activity " + JsonRead.Text(body, "activityId");
        var (row, refused) = type == 1
            ? backend.Trading.Move(account.AccountId, bonus!.Value, FlowKind.RewardIssued, remark)
            : backend.Trading.Move(account.AccountId, -bonus!.Value, FlowKind.RewardRecovered, remark, clamp: true);
        if (refused is not null)
        {
            return refused;
        }

        return Outcome.Ok(new JsonObject
        {
            ["result"] = true,
            ["actionAmount"] = WireFormat.Fixed(row is null ? 0m : row.AmountIn + row.AmountOut, account.Digits),
        });
    }
}

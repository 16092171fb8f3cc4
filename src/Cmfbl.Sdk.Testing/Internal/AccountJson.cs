using System.Globalization;
using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A trading account as queryAccountList, detail (tradeAccount) and login return it: amounts as decimal strings.</summary>
internal static class AccountJson
{
    public static JsonArray List(IEnumerable<FakeAccount> accounts, long companyId) =>
        new(accounts.Select(a => (JsonNode)Create(a, companyId)).ToArray());

    public static JsonObject Create(FakeAccount account, long companyId)
    {
        var available = account.Balance - account.Frozen;
        return new JsonObject
        {
            ["accountId"] = account.AccountId,
            ["customerId"] = account.CustomerId,
            ["customerNo"] = account.CustomerNo,
            ["companyId"] = companyId,
            ["tradeType"] = account.TradeType,
            ["currency"] = account.Currency,
            ["digits"] = account.Digits,
            ["assetsId"] = account.AssetsId,
            ["type"] = 1,
            ["status"] = 2,
            ["activateStatus"] = account.Balance > 0 ? 2 : 1,
            ["activateTime"] = null,
            ["openAccountStatus"] = true,
            ["balance"] = Amount(account.Balance),
            ["available"] = Amount(available),
            ["availableLoan"] = null,
            ["equity"] = Amount(account.Balance),
            ["netAssets"] = Amount(account.Balance),
            ["frozen"] = Amount(account.Frozen),
            ["lockAmount"] = Amount(account.Frozen),
            ["lockMargin"] = "0",
            ["margin"] = "0",
            ["freeMargin"] = Amount(available),
            ["marginRadio"] = null,
            ["profit"] = "0",
            ["interest"] = "0",
            ["interestProportion"] = null,
            ["liabilities"] = "0",
            ["liabilitiesPrincipal"] = "0",
            ["collateralFrozen"] = "0",
            ["notWithdrawAmount"] = "0",
            ["withdrawAmount"] = Amount(available),
            ["wholeWarehouseBalance"] = null,
            ["wholeWarehouseRate"] = null,
            ["firstDepositTime"] = null,
            ["firstWithdrawTime"] = null,
            ["createTime"] = UnixTime.Ms(account.CreateTime),
            ["remark"] = null,
        };
    }

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

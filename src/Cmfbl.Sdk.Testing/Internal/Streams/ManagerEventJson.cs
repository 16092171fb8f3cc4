using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal.Streams;

/// <summary>The Manager data push events the fake emits on its own: <c>register</c> and <c>open_account</c> when a customer registers.</summary>
internal static class ManagerEventJson
{
    public static JsonObject Register(FakeCustomer customer) => new()
    {
        ["companyId"] = customer.CompanyId,
        ["country"] = customer.Country,
        ["createTime"] = UnixTime.Ms(customer.CreateTime),
        ["customerGroupId"] = customer.CustomerGroupId,
        ["customerNo"] = customer.CustomerNo,
        ["ext2"] = string.Empty,
        ["ext4"] = string.Empty,
        ["id"] = customer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["kycAuditRemark"] = "Company has not opened KYC certification, directly passed",
        ["kycAuditStatus"] = 2,
        ["language"] = "en-US",
        ["optional"] = 0,
        ["phone"] = customer.Phone ?? string.Empty,
        ["phoneArea"] = customer.PhoneArea ?? string.Empty,
        ["email"] = customer.Email ?? string.Empty,
        ["emailArea"] = customer.EmailArea ?? string.Empty,
        ["registerSource"] = customer.RegisterSource,
        ["registerType"] = customer.Phone is not null ? 2 : 1,
        ["status"] = customer.Status,
    };

    public static JsonObject OpenAccount(FakeAccount account, long companyId) => new()
    {
        ["activateStatus"] = account.Balance > 0 ? 2 : 1,
        ["companyId"] = companyId,
        ["createTime"] = UnixTime.Ms(account.CreateTime),
        ["currency"] = account.AssetsId,
        ["currencyCode"] = account.Currency,
        ["customerId"] = account.CustomerId,
        ["customerNo"] = account.CustomerNo,
        ["digits"] = account.Digits,
        ["id"] = account.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["status"] = 2,
        ["tradeType"] = account.TradeType,
        ["type"] = 1,
        ["updateTime"] = UnixTime.Ms(account.CreateTime),
    };
}

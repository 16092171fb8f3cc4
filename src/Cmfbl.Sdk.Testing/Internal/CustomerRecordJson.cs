using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>A record of the Manager customer list (<c>WhiteCustomerAdminPageVO</c>, seed doc 002).</summary>
internal static class CustomerRecordJson
{
    public static JsonObject Create(FakeCustomer customer, FakeCustomerGroup? group) => new()
    {
        ["id"] = customer.Id,
        ["companyId"] = customer.CompanyId,
        ["customerNo"] = customer.CustomerNo,
        ["customerGroupId"] = customer.CustomerGroupId,
        ["customerGroupName"] = group?.Name,
        ["customerType"] = 0,
        ["agentCustomerNo"] = null,
        ["email"] = customer.Email,
        ["phone"] = customer.Phone,
        ["phoneArea"] = customer.PhoneArea,
        ["firstName"] = null,
        ["lastName"] = null,
        ["name"] = null,
        ["idCard"] = null,
        ["idCardType"] = null,
        ["openAccountType"] = 0,
        ["registerSource"] = customer.RegisterSource,
        ["status"] = customer.Status,
        ["remark"] = customer.Remark,
        ["tgUserId"] = null,
        ["tgUserName"] = null,
        ["thirdAccountNo"] = null,
        ["thirdLoginSource"] = null,
        ["thirdUserId"] = null,
        ["unitId"] = null,
        ["unitName"] = null,
        ["createTime"] = UnixTime.Ms(customer.CreateTime),
        ["updateTime"] = UnixTime.Ms(customer.CreateTime),
        ["loginTime"] = UnixTime.Ms(customer.LoginTime),
        ["firstAccountActivateTime"] = null,
    };
}

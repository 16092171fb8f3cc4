using System.Text.Json.Nodes;

namespace Cmfbl.Sdk.Testing.Internal;

/// <summary>
/// The customer profile: Client <c>findCustomerInfo</c> and login (seed doc 003; phone and e-mail masked) and the
/// base of Manager <c>detail</c> (seed doc 002; unmasked).
/// </summary>
internal static class CustomerProfileJson
{
    /// <param name="customer">The customer.</param>
    /// <param name="group">The customer's group, if it still exists.</param>
    /// <param name="masked">Mask phone and e-mail, as the Client API shows them to the customer.</param>
    /// <param name="accountList">The <c>accountList</c> value (an array, or null when not asked for).</param>
    public static JsonObject Create(FakeCustomer customer, FakeCustomerGroup? group, bool masked, JsonNode? accountList) => new()
    {
        ["id"] = customer.Id,
        ["companyId"] = customer.CompanyId,
        ["customerGroupId"] = customer.CustomerGroupId,
        ["customerNo"] = customer.CustomerNo,
        ["kycAuditStatus"] = 2,
        ["kycAuditRemark"] = "The company has not enabled KYC certification, go through directly",
        ["kycStatus"] = 1,
        ["kycRemark"] = "Not verified",
        ["accountList"] = accountList,
        ["accountRemark"] = null,
        ["loginPassStatus"] = "2",
        ["payPassStatus"] = "1",
        ["email"] = masked ? Masking.Email(customer.Email) : customer.Email,
        ["phone"] = masked ? Masking.Phone(customer.Phone) : customer.Phone,
        ["phoneArea"] = customer.PhoneArea,
        ["name"] = null,
        ["country"] = customer.Country,
        ["type"] = group?.Type ?? 0,
        ["deposit"] = 1,
        ["withdraw"] = 1,
        ["optional"] = 1,
        ["activateStatus"] = 0,
        ["activateTime"] = null,
        ["companyKycStatus"] = 2,
        ["status"] = customer.Status,
        ["thirdServerCode"] = customer.ThirdServerCode,
        ["source"] = RegisterSources.Name(customer.RegisterSource),
        ["thirdLoginSource"] = null,
        ["thirdUserId"] = null,
        ["idCard"] = null,
        ["idCardType"] = null,
        ["thirdIntactMsg"] = null,
        ["firstName"] = null,
        ["lastName"] = null,
        ["isFund"] = 0,
        ["assertPassStatus"] = "2",
        ["googleId"] = -1,
        ["openAccountType"] = 0,
        ["loginTime"] = UnixTime.Ms(customer.LoginTime),
        ["createTime"] = UnixTime.Ms(customer.CreateTime),
        ["relationCustomerId"] = 0,
        ["companyType"] = "real",
        ["registerSource"] = customer.RegisterSource,
        ["associationCompanyId"] = null,
        ["registerTime"] = UnixTime.Ms(customer.CreateTime),
        ["utmSource"] = customer.UtmSource,
        ["forceLevel"] = null,
        ["earlyWarningLevel"] = null,
        ["withdrawLevel"] = null,
        ["postalCode"] = null,
        ["customerAgentMark"] = null,
        ["apiCheckSwitch"] = false,
        ["apiCheckRule"] = null,
    };
}

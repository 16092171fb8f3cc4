using System.Text.Json;

namespace Cmfbl.Sdk.Benchmarks.Baseline;

// What a developer writes by hand for the same calls: plain DTOs named after the JSON (camelCase through the context's
// Web defaults), numbers and times as the wire has them, and the vendor's envelope as a generic class.

/// <summary>The vendor's envelope.</summary>
public sealed class ApiEnvelope<T>
{
    public string? Code { get; set; }

    public string? Msg { get; set; }

    public string? BizCode { get; set; }

    public string? Trace { get; set; }

    public T? Data { get; set; }
}

public sealed class PageRequest
{
    public string? CustomerNo { get; set; }

    public int Size { get; set; } = 20;

    public int Current { get; set; } = 1;
}

public sealed class Page<T>
{
    public int Current { get; set; }

    public int Size { get; set; }

    public long Total { get; set; }

    public List<T> Records { get; set; } = [];
}

public sealed class CustomerRow
{
    public long Id { get; set; }

    public long CompanyId { get; set; }

    public string? CustomerNo { get; set; }

    public long CustomerGroupId { get; set; }

    public string? CustomerGroupName { get; set; }

    public int CustomerType { get; set; }

    public string? AgentCustomerNo { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PhoneArea { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Name { get; set; }

    public string? IdCard { get; set; }

    public string? IdCardType { get; set; }

    public int OpenAccountType { get; set; }

    public int RegisterSource { get; set; }

    public int Status { get; set; }

    public string? Remark { get; set; }

    public string? TgUserId { get; set; }

    public string? TgUserName { get; set; }

    public string? ThirdAccountNo { get; set; }

    public string? ThirdLoginSource { get; set; }

    public string? ThirdUserId { get; set; }

    public long UnitId { get; set; }

    public string? UnitName { get; set; }

    public long CreateTime { get; set; }

    public long UpdateTime { get; set; }

    public long LoginTime { get; set; }

    public long FirstAccountActivateTime { get; set; }
}

public sealed class DetailRequest
{
    public string Type { get; set; } = "baseInfo";

    public string Id { get; set; } = "";

    public string CustomerNo { get; set; } = "";
}

public sealed class CustomerDetail
{
    public long Id { get; set; }

    public long CompanyId { get; set; }

    public string? CustomerNo { get; set; }

    public long CustomerGroupId { get; set; }

    public int CustomerType { get; set; }

    public int Type { get; set; }

    public int Status { get; set; }

    public int OpenAccountType { get; set; }

    public int RegisterSource { get; set; }

    public string? Source { get; set; }

    public long RegisterTime { get; set; }

    public long CreateTime { get; set; }

    public long LoginTime { get; set; }

    public int ActivateStatus { get; set; }

    public long ActivateTime { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? PhoneArea { get; set; }

    public string? Country { get; set; }

    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Name { get; set; }

    public string? IdCard { get; set; }

    public string? IdCardType { get; set; }

    public int KycStatus { get; set; }

    public string? KycRemark { get; set; }

    public int KycAuditStatus { get; set; }

    public string? KycAuditRemark { get; set; }

    public int CompanyKycStatus { get; set; }

    public string? CompanyType { get; set; }

    public long AssociationCompanyId { get; set; }

    public long RelationCustomerId { get; set; }

    public long GoogleId { get; set; }

    public bool ApiCheckSwitch { get; set; }

    public string? ApiCheckRule { get; set; }

    public string? LoginPassStatus { get; set; }

    public string? AssertPassStatus { get; set; }

    public string? PayPassStatus { get; set; }

    public int Deposit { get; set; }

    public int Withdraw { get; set; }

    public int IsFund { get; set; }

    public int Optional { get; set; }

    public string? CustomerAgentMark { get; set; }

    public string? ThirdIntactMsg { get; set; }

    public string? ThirdLoginSource { get; set; }

    public string? ThirdUserId { get; set; }

    public string? ThirdServerCode { get; set; }

    public long UnitId { get; set; }

    public string? UnitName { get; set; }

    public string? UtmSource { get; set; }

    public string? AccountRemark { get; set; }

    /// <summary>The documentation shows <c>{}</c> here where an array is meant, so a hand-written client keeps it raw.</summary>
    public JsonElement AccountList { get; set; }

    public JsonElement EarlyWarningLevel { get; set; }

    public JsonElement ForceLevel { get; set; }

    public JsonElement WithdrawLevel { get; set; }
}

public sealed class CheckExistRequest
{
    public int Type { get; set; }

    public string LoginName { get; set; } = "";

    public string? PhoneArea { get; set; }

    public string? EmailArea { get; set; }
}

public sealed class AddCustomerBody
{
    public string? Phone { get; set; }

    public string? PhoneArea { get; set; }

    public string? Email { get; set; }

    public string Pwd { get; set; } = "";

    public string Country { get; set; } = "";

    public int RegisterSource { get; set; }

    public long CustomerGroupId { get; set; }

    public List<TradeTypeCurrencyBody>? TradeTypeCurrencyList { get; set; }
}

public sealed class TradeTypeCurrencyBody
{
    public string TradeType { get; set; } = "";

    public string AllCurrency { get; set; } = "";
}

public sealed class AuthRequest
{
    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";
}

public sealed class AuthData
{
    public string? Token { get; set; }
}

/// <summary>The error a hand-written client throws when <c>code</c> is not <c>"0"</c>.</summary>
public sealed class BaselineApiException(string? code, string? message, string? trace)
    : Exception($"The service answered {code}: {message} (trace {trace}).")
{
    public string? Code { get; } = code;
}

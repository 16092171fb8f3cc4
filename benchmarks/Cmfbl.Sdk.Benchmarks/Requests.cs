using Cmfbl.Sdk.Benchmarks.Baseline;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Security;

namespace Cmfbl.Sdk.Benchmarks;

/// <summary>The requests the SDK sends, made once (the same JSON as <see cref="BaselineRequests"/>).</summary>
public static class SdkRequests
{
    public static readonly CustomerPageRequest Page = new() { Size = Wire.Payloads.PageSize, Current = 1 };

    public static readonly CustomerDetailRequest Detail = new() { Type = CustomerDetailType.TradeAccount, Id = "1001", CustomerNo = "86000001" };

    public static readonly CheckCustomerExistRequest Check = new() { Type = LoginNameType.Phone, LoginName = "13954410824", PhoneArea = "+86", EmailArea = "+86" };

    public static readonly AddCustomerRequest AddCustomer = new()
    {
        Phone = "13954410824",
        PhoneArea = "+86",
        Password = Md5Password.FromMd5Hex(BaselineRequests.PasswordMd5),
        Country = "GB",
        RegisterSource = RegisterSource.H5,
        CustomerGroupId = 1,
        TradeTypeCurrencyList = [new TradeTypeCurrency { TradeType = "1", AllCurrency = "USDT" }],
    };
}

/// <summary>The requests the baseline sends, made once. Kept apart from <see cref="SdkRequests"/> so the baseline's cold start never loads the SDK.</summary>
public static class BaselineRequests
{
    public const string PasswordMd5 = "dc483e80a7a0bd9ef71d8cf973673924";

    public static readonly PageRequest Page = new() { Size = Wire.Payloads.PageSize, Current = 1 };

    public static readonly DetailRequest Detail = new() { Type = "tradeAccount", Id = "1001", CustomerNo = "86000001" };

    public static readonly CheckExistRequest Check = new() { Type = 2, LoginName = "13954410824", PhoneArea = "+86", EmailArea = "+86" };

    public static readonly AddCustomerBody AddCustomer = new()
    {
        Phone = "13954410824",
        PhoneArea = "+86",
        Pwd = PasswordMd5,
        Country = "GB",
        RegisterSource = 1,
        CustomerGroupId = 1,
        TradeTypeCurrencyList = [new TradeTypeCurrencyBody { TradeType = "1", AllCurrency = "USDT" }],
    };
}

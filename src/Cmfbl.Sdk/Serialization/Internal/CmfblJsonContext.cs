using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Pagination;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// The source-generated metadata for every model, so nothing is serialized by reflection at run time.
/// Every request and response model must be listed here (a convention test checks it).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(LenientStringConverter),
        typeof(LenientBooleanConverter),
        typeof(LenientNullableNumberConverter<int>),
        typeof(LenientNullableNumberConverter<long>),
        typeof(LenientNullableNumberConverter<decimal>),
        typeof(UnixMillisecondsConverter),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.Models.TradingAccount>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ManagerApi.Models.CustomerGroup>),
    ])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(JsonElement))]

// Shared models (Cmfbl.Sdk.Models).
[JsonSerializable(typeof(CustomerProfile))]
[JsonSerializable(typeof(TradingAccount))]
[JsonSerializable(typeof(IReadOnlyList<TradingAccount>))]
[JsonSerializable(typeof(TradeTypeCurrency))]
[JsonSerializable(typeof(CustomerExistence))]

// Manager API models (Cmfbl.Sdk.ManagerApi.Models).
[JsonSerializable(typeof(CompanyAuthRequest))]
[JsonSerializable(typeof(CompanyAuthResult))]
[JsonSerializable(typeof(CompanyTradeType))]
[JsonSerializable(typeof(CheckCustomerExistRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LoginRequest))]
[JsonSerializable(typeof(Cmfbl.Sdk.ClientApi.Models.LoginResult))]
[JsonSerializable(typeof(AddCustomerRequest))]
[JsonSerializable(typeof(CustomerPageRequest))]
[JsonSerializable(typeof(CustomerRecord))]
[JsonSerializable(typeof(PagedResult<CustomerRecord>))]
[JsonSerializable(typeof(CustomerDetailRequest))]
[JsonSerializable(typeof(CustomerDetailType))]
[JsonSerializable(typeof(CustomerGroupListRequest))]
[JsonSerializable(typeof(CustomerGroup))]
[JsonSerializable(typeof(IReadOnlyList<CustomerGroup>))]
[JsonSerializable(typeof(AccountListRequest))]
internal sealed partial class CmfblJsonContext : JsonSerializerContext
{
}

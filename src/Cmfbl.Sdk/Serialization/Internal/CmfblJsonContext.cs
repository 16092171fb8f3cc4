using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;
using Cmfbl.Sdk.Models;
using Cmfbl.Sdk.Models.Internal;
using Cmfbl.Sdk.Pagination;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// The source-generated metadata for every model, so nothing is serialized by reflection at run time. The types are
/// listed in Generated/CmfblJsonContext.Operations.cs: every request and answer of every generated operation, plus the
/// <c>jsonTypes</c> of spec/overlay/common.yaml (the System.Text.Json generator reads the list from one declaration only).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters =
    [
        typeof(LenientStringConverter),
        typeof(LenientBooleanConverter),
        typeof(LenientNullableNumberConverter<int>),
        typeof(LenientNullableNumberConverter<long>),
        typeof(LenientNullableNumberConverter<decimal>),
        typeof(NullableScaledPriceJsonConverter),
        typeof(UnixMillisecondsConverter),
        typeof(CheckedJsonElementConverter),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.Models.TradingAccount>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ManagerApi.Models.CustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.ClientCustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.LiabilityRecord>),
        typeof(SingleOrArrayConverter<CustomerRecord>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.AgentCustomer>),
    ])]



internal sealed partial class CmfblJsonContext : JsonSerializerContext
{
}

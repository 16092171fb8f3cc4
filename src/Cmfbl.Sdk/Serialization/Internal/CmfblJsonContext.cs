using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// The common part of the SDK's source-generated JSON metadata (nothing is serialized by reflection at run time): the
/// <c>jsonTypes</c> of spec/overlay/common.yaml and every request and answer type no family owns, listed in
/// Generated/CmfblJsonContext.Operations.cs. Each family's types are in its own context (Generated/ManagerJsonContext.cs,
/// …), found through <see cref="CmfblJsonResolver"/>. The options below are every context's: the generator repeats this
/// attribute, as written here, on each family context; write type names in it fully qualified.
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
        typeof(Cmfbl.Sdk.Models.Internal.NullableScaledPriceJsonConverter),
        typeof(UnixMillisecondsConverter),
        typeof(CheckedJsonElementConverter),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.Models.TradingAccount>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ManagerApi.Models.CustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.ClientCustomerGroup>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.LiabilityRecord>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ManagerApi.Models.CustomerRecord>),
        typeof(SingleOrArrayConverter<Cmfbl.Sdk.ClientApi.Models.AgentCustomer>),
    ])]



internal sealed partial class CmfblJsonContext : JsonSerializerContext
{
}

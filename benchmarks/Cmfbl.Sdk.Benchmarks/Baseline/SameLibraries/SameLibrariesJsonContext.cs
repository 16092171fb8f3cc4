using System.Text.Json;
using System.Text.Json.Serialization;
using Cmfbl.Sdk.ManagerApi.Models;

namespace Cmfbl.Sdk.Benchmarks.Baseline.SameLibraries;

/// <summary>The hand-written client's source-generated metadata (metadata mode, as the SDK's).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    GenerationMode = JsonSourceGenerationMode.Metadata,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(EpochMillisecondsConverter)])]
[JsonSerializable(typeof(AuthRequest))]
[JsonSerializable(typeof(PageRequest))]
[JsonSerializable(typeof(LibEnvelope<AuthData>))]
[JsonSerializable(typeof(LibEnvelope<LibPage<CustomerRecord>>))]
[JsonSerializable(typeof(DetailRequest))]
[JsonSerializable(typeof(CheckExistRequest))]
[JsonSerializable(typeof(AddCustomerBody))]
[JsonSerializable(typeof(LibEnvelope<CustomerDetail>))]
[JsonSerializable(typeof(LibEnvelope<int>))]
[JsonSerializable(typeof(LibEnvelope<string>))]
internal sealed partial class SameLibrariesJsonContext : JsonSerializerContext
{
}

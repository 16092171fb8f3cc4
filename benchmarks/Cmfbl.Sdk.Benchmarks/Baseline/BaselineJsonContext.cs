using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Benchmarks.Baseline;

/// <summary>The baseline's own source-generated serializer metadata.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PageRequest))]
[JsonSerializable(typeof(DetailRequest))]
[JsonSerializable(typeof(CheckExistRequest))]
[JsonSerializable(typeof(AddCustomerBody))]
[JsonSerializable(typeof(AuthRequest))]
[JsonSerializable(typeof(ApiEnvelope<Page<CustomerRow>>))]
[JsonSerializable(typeof(ApiEnvelope<CustomerDetail>))]
[JsonSerializable(typeof(ApiEnvelope<int>))]
[JsonSerializable(typeof(ApiEnvelope<string>))]
[JsonSerializable(typeof(ApiEnvelope<AuthData>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}

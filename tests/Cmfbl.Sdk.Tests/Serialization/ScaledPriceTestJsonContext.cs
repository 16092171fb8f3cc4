using System.Text.Json.Serialization;

namespace Cmfbl.Sdk.Tests.Serialization;

/// <summary>Source-generated metadata for <see cref="ScaledPriceFields"/>: the converters are tested the way the SDK runs them, without reflection.</summary>
[JsonSerializable(typeof(ScaledPriceFields))]
internal sealed partial class ScaledPriceTestJsonContext : JsonSerializerContext
{
}

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Http.Internal;

/// <summary>Reads one answer type with its source-generated converter; the metadata is looked up on first use, not at start-up.</summary>
/// <typeparam name="T">The answer type.</typeparam>
internal sealed class ModelReader<T> : ModelReader
{
    public static readonly ModelReader<T> Instance = new();

    private JsonTypeInfo<T>? _typeInfo;

    private ModelReader()
    {
    }

    private JsonTypeInfo<T> TypeInfo => _typeInfo ??= (JsonTypeInfo<T>)CmfblJsonResolver.Options.GetTypeInfo(typeof(T));

    public override object? Read(ref Utf8JsonReader reader) => JsonValueReader.Read(ref reader, TypeInfo);

    public override void Explain(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize(json, TypeInfo);
}

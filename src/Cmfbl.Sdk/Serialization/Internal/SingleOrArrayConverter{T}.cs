using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cmfbl.Sdk.Serialization.Internal;

/// <summary>
/// Reads a list that the vendor sends as an array, as one object, as an empty object <c>{}</c> or as <c>null</c>
/// (the last two read as an empty list). Writes an array.
/// </summary>
/// <typeparam name="T">The item type; its metadata comes from the serializer context.</typeparam>
internal sealed class SingleOrArrayConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.StartArray:
                var items = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = JsonValueReader.Read(ref reader, itemInfo);
                    if (item is not null)
                    {
                        items.Add(item);
                    }
                }

                return items;
            case JsonTokenType.StartObject:
                var probe = reader;
                if (probe.Read() && probe.TokenType == JsonTokenType.EndObject)
                {
                    reader.Skip();
                    return [];
                }

                var single = JsonValueReader.Read(ref reader, itemInfo);
                return single is null ? [] : [single];
            default:
                throw new JsonException($"Expected an array or an object, found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}

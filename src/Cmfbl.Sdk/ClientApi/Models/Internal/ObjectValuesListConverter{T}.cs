using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.ClientApi.Models.Internal;

/// <summary>
/// Reads a JSON object used as a map (<c>{"USDT": {…}, "BTC": {…}}</c>) as the list of its values, in the order sent;
/// the keys are dropped because every value repeats its own (for example an account's <c>currency</c>). An array reads
/// as its items, and <c>{}</c> or <c>null</c> as an empty list. Writes an array.
/// </summary>
/// <typeparam name="T">The value type; its metadata comes from the serializer context.</typeparam>
internal sealed class ObjectValuesListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return items;
            case JsonTokenType.StartArray:
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    Add(items, JsonValueReader.Read(ref reader, itemInfo));
                }

                return items;
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    Add(items, JsonValueReader.Read(ref reader, itemInfo));
                }

                return items;
            default:
                throw new JsonException($"Expected an object map or an array, found {reader.TokenType}.");
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

    private static void Add(List<T> items, T? item)
    {
        if (item is not null)
        {
            items.Add(item);
        }
    }
}

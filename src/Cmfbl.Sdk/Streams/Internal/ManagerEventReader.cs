using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Cmfbl.Sdk.Serialization.Internal;

namespace Cmfbl.Sdk.Streams.Internal;

/// <summary>
/// Reads a Manager data push frame <c>{"eventType": …, "data": {…}}</c> into a <see cref="ManagerEvent{TData}"/> of the
/// event's model (tolerant reading: numbers as strings, <c>""</c> as null, millisecond times). An unknown
/// <c>eventType</c> keeps its data as a <see cref="JsonElement"/>. Throws <see cref="JsonException"/> for a frame
/// that is not that shape.
/// </summary>
internal static class ManagerEventReader
{
    private static readonly FrozenDictionary<string, Func<ReadOnlyMemory<byte>, string, DateTimeOffset, ManagerEvent>> Readers =
        new Dictionary<string, Func<ReadOnlyMemory<byte>, string, DateTimeOffset, ManagerEvent>>(StringComparer.Ordinal)
        {
            ["register"] = Reader(ManagerEventKind.Register, CmfblJsonContext.Default.CustomerEventData),
            ["customer_update"] = Reader(ManagerEventKind.CustomerUpdate, CmfblJsonContext.Default.CustomerEventData),
            ["customer_info_insert"] = Reader(ManagerEventKind.CustomerInfoInsert, CmfblJsonContext.Default.CustomerInfoEventData),
            ["customer_info_update"] = Reader(ManagerEventKind.CustomerInfoUpdate, CmfblJsonContext.Default.CustomerInfoEventData),
            ["kyc"] = Reader(ManagerEventKind.Kyc, CmfblJsonContext.Default.KycEventData),
            ["open_account"] = Reader(ManagerEventKind.OpenAccount, CmfblJsonContext.Default.AccountEventData),
            ["account_update"] = Reader(ManagerEventKind.AccountUpdate, CmfblJsonContext.Default.AccountEventData),
            ["subject_insert"] = Reader(ManagerEventKind.SubjectInsert, CmfblJsonContext.Default.LedgerSubjectEventData),
            ["subject_update"] = Reader(ManagerEventKind.SubjectUpdate, CmfblJsonContext.Default.LedgerSubjectEventData),
            ["subject_water_insert"] = Reader(ManagerEventKind.SubjectWaterInsert, CmfblJsonContext.Default.LedgerMovementEventData),
            ["subject_water_update"] = Reader(ManagerEventKind.SubjectWaterUpdate, CmfblJsonContext.Default.LedgerMovementEventData),
            ["position_insert"] = Reader(ManagerEventKind.PositionInsert, CmfblJsonContext.Default.PositionEventData),
            ["position_update"] = Reader(ManagerEventKind.PositionUpdate, CmfblJsonContext.Default.PositionEventData),
            ["position_delete"] = Reader(ManagerEventKind.PositionDelete, CmfblJsonContext.Default.PositionEventData),
            ["trade_deal"] = Reader(ManagerEventKind.TradeDeal, CmfblJsonContext.Default.TradeDealEventData),
            ["deposit"] = Reader(ManagerEventKind.Deposit, CmfblJsonContext.Default.DepositEventData),
            ["account_adjust"] = Reader(ManagerEventKind.AccountAdjust, CmfblJsonContext.Default.AccountAdjustEventData),
            ["withdraw"] = Reader(ManagerEventKind.Withdraw, CmfblJsonContext.Default.WithdrawEventData),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the wire names of every event type the SDK reads into a model.</summary>
    public static IEnumerable<string> KnownEventTypes => Readers.Keys;

    public static ManagerEvent Read(ReadOnlyMemory<byte> frame, DateTimeOffset receivedAt)
    {
        StreamJson.EnsureUtf8(frame.Span);
        var reader = new Utf8JsonReader(frame.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("The frame is not a JSON object.");
        }

        string? eventType = null;
        ReadOnlyMemory<byte> data = default;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("eventType"u8))
            {
                reader.Read();
                eventType = reader.TokenType == JsonTokenType.String ? StreamJson.String(ref reader) : null;
                reader.Skip();
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                data = frame[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException("The frame is cut short.");
        }

        if (string.IsNullOrEmpty(eventType))
        {
            throw new JsonException("The frame has no eventType.");
        }

        if (data.IsEmpty)
        {
            throw new JsonException($"The {eventType} event has no data.");
        }

        if (Readers.TryGetValue(eventType, out var read))
        {
            return read(data, eventType, receivedAt);
        }

        return new ManagerEvent<JsonElement> { Kind = ManagerEventKind.Unknown, EventType = eventType, ReceivedAt = receivedAt, Data = StreamJson.Element(data.Span) };
    }

    private static Func<ReadOnlyMemory<byte>, string, DateTimeOffset, ManagerEvent> Reader<T>(ManagerEventKind kind, JsonTypeInfo<T> info)
        where T : notnull =>
        (data, eventType, receivedAt) => new ManagerEvent<T>
        {
            Kind = kind,
            EventType = eventType,
            ReceivedAt = receivedAt,
            Data = JsonSerializer.Deserialize(data.Span, info) ?? throw new JsonException($"The {eventType} event's data is null."),
        };
}

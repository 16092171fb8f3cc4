using System.Text.Json;
using Cmfbl.Sdk.AspNetCore.Internal;
using StackExchange.Redis;

namespace Cmfbl.Sdk.AspNetCore.Idempotency.Internal;

/// <summary>The Redis hash form of an <see cref="IdempotencyRecord"/>: field <c>o</c> the outcome, field <c>r</c> the answer as JSON.</summary>
internal static class RedisRecord
{
    public static readonly RedisValue[] Fields = ["o", "r"];

    public static IdempotencyRecord Read(RedisValue[] values)
    {
        var outcome = (string?)values[0] switch
        {
            "D" => SettlementOutcome.Processed,
            "N" => SettlementOutcome.NotProcessed,
            _ => SettlementOutcome.Pending,
        };
        return new IdempotencyRecord(outcome, values.Length > 1 && !values[1].IsNull ? ReadReply(values[1]!) : null);
    }

    public static string Write(SettlementOutcome outcome) => outcome switch
    {
        SettlementOutcome.Processed => "D",
        SettlementOutcome.NotProcessed => "N",
        _ => "P",
    };

    public static string Write(StoredReply reply) => JsonText.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("c", reply.Code);
        writer.WriteString("m", reply.Message);
        writer.WriteString("b", reply.BizCode);
        writer.WriteString("d", reply.DataJson);
        writer.WriteEndObject();
    });

    private static StoredReply ReadReply(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new StoredReply(
            root.GetProperty("c").GetString()!,
            root.GetProperty("m").GetString()!,
            root.GetProperty("b").GetString()!,
            root.GetProperty("d").GetString());
    }
}
